import { expect } from '@open-wc/testing';

/**
 * Builds plain markup by hand: `fixture()` would wait for an animation frame, which a page
 * running behind another test file's page does not get.
 */
function build(markup: string): Element {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const element = template.content.firstElementChild!;
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
});
import { resolveLang } from '../../../components/base/resolve-lang.js';

describe('resolveLang', () => {
  it('uses the element’s own lang, mapping no to nb', async () => {
    const el = build('<div lang="no"></div>');
    expect(resolveLang(el)).to.equal('nb');
  });

  it('inherits the nearest ancestor’s lang', async () => {
    const outer = build('<section lang="nn"><div><span></span></div></section>');
    expect(resolveLang(outer.querySelector('span')!)).to.equal('nn');
  });

  it('crosses shadow-root boundaries to the host’s language', async () => {
    const host = build('<div lang="en-GB"></div>');
    const inner = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('en');
  });

  it('skips a language it does not speak and falls back to bokmål', async () => {
    const outer = build('<div lang="se"><p></p></div>');
    const p = outer.querySelector('p')!;
    // The test page itself declares no language, so bokmål is the last resort.
    expect(document.documentElement.hasAttribute('lang')).to.equal(false);
    expect(resolveLang(p)).to.equal('nb');
    const detached = document.createElement('p');
    expect(resolveLang(detached)).to.equal('nb');
  });
});
