import { expect, fixture, html } from '@open-wc/testing';
import { resolveLang } from '../../../components/base/resolve-lang.js';

describe('resolveLang', () => {
  it('uses the element’s own lang, mapping no to nb', async () => {
    const el = await fixture(html`<div lang="no"></div>`);
    expect(resolveLang(el)).to.equal('nb');
  });

  it('inherits the nearest ancestor’s lang', async () => {
    const outer = await fixture(html`<section lang="nn"><div><span></span></div></section>`);
    expect(resolveLang(outer.querySelector('span')!)).to.equal('nn');
  });

  it('crosses shadow-root boundaries to the host’s language', async () => {
    const host = await fixture(html`<div lang="en-GB"></div>`);
    const inner = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('en');
  });

  it('skips a language it does not speak and falls back to bokmål', async () => {
    const outer = await fixture(html`<div lang="se"><p></p></div>`);
    const p = outer.querySelector('p')!;
    // The test page itself declares no language, so bokmål is the last resort.
    expect(document.documentElement.hasAttribute('lang')).to.equal(false);
    expect(resolveLang(p)).to.equal('nb');
    const detached = document.createElement('p');
    expect(resolveLang(detached)).to.equal('nb');
  });
});
