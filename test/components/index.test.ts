import { expect, fixture, html } from '@open-wc/testing';
// The classes-only entry, imported alone in this page: nothing else may register anything first.
import * as merverdi from '../../components/index.js';

const TAGS = ['mv-assessment', 'mv-radar', 'mv-compare', 'mv-framework-editor', 'mv-workspace', 'mv-assessment-actions'];

describe('the classes-only entry (merverdi)', () => {
  it('registers no element when imported', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
    expect(merverdi.MvAssessment).to.be.a('function');
    expect(merverdi.MvFrameworkEditor).to.be.a('function');
  });

  it('lets an app register a class under a tag of its own', async () => {
    customElements.define('kommune-radar', merverdi.MvRadar);
    const element = await fixture(html`<kommune-radar caption="Profil"></kommune-radar>`);
    expect(element).to.be.instanceOf(merverdi.MvRadar);
    expect(customElements.get('mv-radar')).to.equal(undefined);
    await expect(element).to.be.accessible();
  });
});
