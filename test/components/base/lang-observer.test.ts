import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/radar/define.js';
import type { MvRadar } from '../../../components/radar/mv-radar.js';

/** Counts the MutationObservers that start watching `lang` attributes while `run` runs. */
async function langObserversStartedBy(run: () => Promise<void>): Promise<number> {
  const original = MutationObserver.prototype.observe;
  let count = 0;
  MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
    if (options?.attributeFilter?.includes('lang')) count += 1;
    return original.call(this, target, options);
  };
  try {
    await run();
  } finally {
    MutationObserver.prototype.observe = original;
  }
  return count;
}

/** The radar's table caption, which is in the element's language. */
function caption(radar: MvRadar): string {
  return radar.shadowRoot!.querySelector('caption')?.textContent?.trim() ?? '';
}

describe('language of every element on a page', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is followed through one shared observer, not one per element', async () => {
    let radars: MvRadar[] = [];
    const started = await langObserversStartedBy(async () => {
      const holder = await fixture<HTMLDivElement>(html`<div>
        <mv-radar .axes=${['A', 'B', 'C']} .series=${[{ label: 'X', values: [1, 2, 3] }]}></mv-radar>
        <mv-radar .axes=${['A', 'B', 'C']} .series=${[{ label: 'X', values: [1, 2, 3] }]}></mv-radar>
        <mv-radar .axes=${['A', 'B', 'C']} .series=${[{ label: 'X', values: [1, 2, 3] }]}></mv-radar>
      </div>`);
      radars = [...holder.querySelectorAll('mv-radar')];
      await Promise.all(radars.map((radar) => radar.updateComplete));
    });
    expect(started).to.equal(1);

    const before = radars.map(caption);
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await Promise.all(radars.map((radar) => radar.updateComplete));
    const after = radars.map(caption);
    expect(after[0]).not.to.equal(before[0]);
    expect(new Set(after).size).to.equal(1);
    await expect(radars[0]!).to.be.accessible();
  });
});
