import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../../../components/base/define-element.js';
import { localize } from '../../../components/i18n/define-messages.js';
import { hasLanguage, languageArrival, withLanguagePacks } from '../../../components/i18n/language-packs.js';
import { MvRadar } from '../../../components/radar/mv-radar.js';
import { radarMessages } from '../../../components/radar/radar.messages.js';

// This file imports the radar's class, not its define module, so nothing has provided the
// other languages up front: it runs the way the CDN file does, fetching them on demand.
class OnDemandRadar extends MvRadar {}
defineElement('on-demand-radar', OnDemandRadar);

function shownText(el: HTMLElement): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('languages loaded on demand', () => {
  it('renders a nynorsk element in nynorsk once its language has arrived, never in bokmål', async () => {
    expect(hasLanguage(radarMessages, 'nn'), 'nynorsk is not there before an element asks').to.equal(false);
    const el = await fixture<OnDemandRadar>(html`<on-demand-radar lang="nn"></on-demand-radar>`);
    await el.updateComplete;
    expect(hasLanguage(radarMessages, 'nn')).to.equal(true);
    expect(shownText(el)).to.include('Det er ingen område å vise enno.');
    expect(shownText(el)).to.not.include('Det er ingen områder å vise ennå.');
    await expect(el).to.be.accessible();
  });

  it('switches to English when the page does, after English has arrived', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="nb"><on-demand-radar></on-demand-radar></div>`);
    const el = box.querySelector<OnDemandRadar>('on-demand-radar')!;
    await el.updateComplete;
    expect(shownText(el)).to.include('Det er ingen områder å vise ennå.');
    el.lang = 'en';
    await el.updateComplete;
    expect(shownText(el)).to.include('There are no areas to show yet.');
    await expect(el).to.be.accessible();
  });

  it('answers in bokmål when a language cannot be fetched, and tries again on the next request', async () => {
    let attempts = 0;
    const table = withLanguagePacks(
      { greeting: 'Hei' },
      {
        nn: () => {
          attempts += 1;
          return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ greeting: 'Hei på deg' });
        },
        en: () => Promise.resolve({ greeting: 'Hello' }),
      },
    );
    await languageArrival([table], 'nn');
    expect(localize(table, 'nn', 'greeting')).to.equal('Hei');
    await languageArrival([table], 'nn');
    expect(attempts).to.equal(2);
    expect(localize(table, 'nn', 'greeting')).to.equal('Hei på deg');
    expect(languageArrival([table], 'nn'), 'nothing to wait for once it is there').to.equal(undefined);
    expect(languageArrival([table], 'nb'), 'bokmål is always there').to.equal(undefined);
  });
});
