// A chart that cannot be built must not throw into the host page later: Chart.js binds its
// resize observer before its first update, so a constructor that throws leaves a half-made
// chart behind unless the radar destroys it. Here a missing scale makes the constructor throw.
import { expect, fixture, html } from '@open-wc/testing';
import { RadialLinearScale } from 'chart.js';
import { Chart } from '../../../components/radar/chart-setup.js';
import '../../../components/radar/define.js';
import type { MvRadar } from '../../../components/radar/mv-radar.js';

it('a chart whose constructor throws leaves nothing behind that throws on resize', async () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  window.addEventListener('error', onError);
  Chart.unregister(RadialLinearScale);
  try {
    const holder = await fixture<HTMLDivElement>(html`<div style="inline-size: 400px"><mv-radar .axes=${['a', 'b', 'c']} .series=${[{ label: 's', values: [1, 2, 3] }]}></mv-radar></div>`);
    const radar = holder.querySelector('mv-radar') as MvRadar;
    await radar.updateComplete;
    holder.style.inlineSize = '300px';
    await new Promise((resolve) => setTimeout(resolve, 400));
    holder.style.inlineSize = '350px';
    await new Promise((resolve) => setTimeout(resolve, 400));
    // The table still holds the numbers; nothing was thrown while the chart's box resized.
    expect(radar.shadowRoot!.querySelector('table')).to.not.equal(null);
    expect(errors).to.deep.equal([]);
  } finally {
    Chart.register(RadialLinearScale);
    window.removeEventListener('error', onError);
  }
});
