import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/assessment/define.js';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import { formatScore } from '../../../components/i18n/number-format.js';
import { allowsNotApplicable, effectiveScale } from '../../../src/framework/criterion-rules.js';
import { defaultFramework } from '../../../src/framework/default-framework.js';
import { scoreAssessment } from '../../../src/scoring/score.js';
import { resolveText } from '../../../src/text/text.js';
import { smallFramework } from '../../fixtures/small-framework.js';
import { accessibleDescription, accessibleName, allByRole, deepText, getByRole, radiosOf } from '../../helpers/accessible.js';
import { a11ySnapshot, emulateMedia, emulateMediaOrSkip, type AxNode } from '../../helpers/commands.js';
import { scrolledToChart } from '../../helpers/radar-drawn.js';

function flatten(node: AxNode): AxNode[] {
  return [node, ...(node.children ?? []).flatMap(flatten)];
}

async function mount(framework = defaultFramework, lang = 'nb') {
  const element = await fixture<MvAssessment>(
    html`<mv-assessment storage="none" lang=${lang} .framework=${framework}></mv-assessment>`,
  );
  await element.updateComplete;
  return element;
}

describe('mv-assessment: accessible structure', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('makes each criterion a radio group named by its title, each radio named first by its level', async () => {
    const element = await mount();
    for (const dimension of defaultFramework.dimensions) {
      for (const criterion of dimension.criteria) {
        const title = resolveText(criterion.title, 'nb');
        const radios = radiosOf(element, title);
        const levels = effectiveScale(defaultFramework, criterion).levels;
        const allowed = allowsNotApplicable(defaultFramework, criterion);
        expect(radios).to.have.length(levels.length + (allowed ? 1 : 0));
        levels.forEach((level, index) => {
          expect(accessibleName(radios[index]!).startsWith(resolveText(level.label, 'nb'))).to.equal(true);
          if (level.description) {
            expect(accessibleDescription(radios[index]!)).to.equal(resolveText(level.description, 'nb'));
          }
        });
        if (allowed) expect(accessibleName(radios.at(-1)!)).to.equal('Ikke relevant');
      }
    }
    await expect(element).to.be.accessible();
  });

  it('gives the browser\'s accessibility tree the same names', async function () {
    const element = await mount(smallFramework, 'en');
    const tree = await a11ySnapshot();
    // WebKit's WebDriver gives no accessibility tree; the names are checked above in every engine.
    if (!tree) this.skip();
    const nodes = flatten(tree);
    const radios = nodes.filter((node) => node.role === 'radio').map((node) => node.name ?? '');
    // Five criteria, five levels each, plus "Not applicable" on every one.
    expect(radios).to.have.length(30);
    expect(radios.filter((name) => name === 'Not applicable')).to.have.length(5);
    expect(radios.filter((name) => name.startsWith('Own data'))).to.have.length(5);
    // The snapshot leaves out plain groups (fieldsets), so their names are checked with the
    // helper above; here every radio's name comes from the browser itself.
    expect(radios.filter((name) => name === 'Not addressed')).to.have.length(5);
    expect(element).to.not.be.oneOf([null, undefined]);
  });

  it('gives each level radio its own level\'s description in the browser\'s accessibility tree', async function () {
    await mount(defaultFramework, 'nn');
    const tree = await a11ySnapshot();
    if (!tree) this.skip();
    const radios = flatten(tree).filter((node) => node.role === 'radio');
    const expected = defaultFramework.dimensions.flatMap((dimension) =>
      dimension.criteria.flatMap((criterion) => [
        ...effectiveScale(defaultFramework, criterion).levels.map((level) => ({
          name: resolveText(level.label, 'nn'),
          description: resolveText(level.description, 'nn'),
        })),
        ...(allowsNotApplicable(defaultFramework, criterion) ? [{ name: 'Ikkje relevant', description: undefined }] : []),
      ]),
    );
    expect(radios).to.have.length(expected.length);
    radios.forEach((radio, index) => {
      const { name, description } = expected[index]!;
      expect(radio.name?.startsWith(name), `radio ${index}: ${radio.name}`).to.equal(true);
      if (description !== undefined) expect(radio.description, `radio ${index}`).to.equal(description);
    });
  });

  it('shows the help text and, once chosen, the chosen level\'s description', async () => {
    const element = await mount();
    const dimension = defaultFramework.dimensions[1]!;
    const criterion = dimension.criteria[0]!;
    const group = getByRole(element, 'group', resolveText(criterion.title, 'nb'));
    if (criterion.help) expect(accessibleDescription(group)).to.equal(resolveText(criterion.help, 'nb'));
    const radios = radiosOf(element, resolveText(criterion.title, 'nb'));
    radios[2]!.click();
    await element.updateComplete;
    const level = effectiveScale(defaultFramework, criterion).levels[2]!;
    expect(deepText(group)).to.contain(`Valgt: ${resolveText(level.label, 'nb')}.`);
    expect(deepText(group)).to.contain(resolveText(level.description, 'nb'));
  });

  it('draws exactly the computed scores on the radar, with the target ring and a table', async () => {
    const element = await mount();
    const radios = allByRole<HTMLInputElement>(element, 'radio');
    // Answer a spread of levels across the form.
    for (const [index, radio] of radios.entries()) {
      if (index % 7 === 3 || index % 11 === 5) radio.click();
    }
    await element.updateComplete;
    const radar = await scrolledToChart(element.shadowRoot!.querySelector('mv-radar')!);
    const expected = scoreAssessment(defaultFramework, element.assessment!);
    expect(expected.overall).to.not.equal(null);
    const drawn = radar.drawnData;
    expect(drawn.labels).to.have.length(defaultFramework.dimensions.length);
    const own = drawn.datasets.find((dataset) => dataset.label === 'Egenvurdering');
    expect(own?.data).to.deep.equal(defaultFramework.dimensions.map((dimension) => expected.dimensions[dimension.id]));
    expect(element.assessment!.scores.dimensions).to.deep.equal(expected.dimensions);
    const targets = drawn.datasets.find((dataset) => dataset.label === 'Kommunens målnivå');
    expect(targets?.data).to.deep.equal(defaultFramework.dimensions.map((dimension) => dimension.target ?? null));

    const table = getByRole(radar, 'table', 'Profilen til tilbudet');
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    expect(rows.map((row) => row.querySelector('th')?.textContent?.trim())).to.deep.equal(
      defaultFramework.dimensions.map((dimension) => resolveText(dimension.title, 'nb')),
    );
    // The overall score is shown once, under the radar's table, as precisely as the table.
    const overallText = `Samlet poengsum: ${formatScore(expected.overall, 'nb')} av 100`;
    expect(deepText(element.shadowRoot!).split('Samlet poengsum').length - 1).to.equal(1);
    expect(deepText(radar)).to.contain(overallText);
    await expect(element).to.be.accessible();
  });

  it('shows progress per axis and overall', async () => {
    const element = await mount(smallFramework);
    radiosOf(element, 'Nevner et mål')[1]!.click();
    radiosOf(element, 'Varig effekt')[5]!.click();
    await element.updateComplete;
    // "Ikke relevant" counts once it says why.
    expect(deepText(element.shadowRoot!)).to.contain('1 av 5 besvart');
    const reason = getByRole<HTMLTextAreaElement>(element, 'textbox', 'Hvorfor er kriteriet ikke relevant?');
    reason.value = 'Tilbudet er nytt';
    reason.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await element.updateComplete;
    expect(deepText(element.shadowRoot!)).to.contain('2 av 5 besvart');
    expect(deepText(element.shadowRoot!)).to.contain('Langsiktige mål i kommuneplanen: 2 av 2 besvart');
    expect(deepText(element.shadowRoot!)).to.contain('Brukermedvirkning: 0 av 2 besvart');
    const progress = allByRole<HTMLProgressElement>(element, 'progressbar')[0]!;
    expect(progress.value).to.equal(2);
    expect(progress.max).to.equal(5);
  });

  it('stays accessible in the dark colour scheme, both the system\'s and Designsystemet\'s', async function () {
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    const element = await mount(smallFramework);
    await expect(element).to.be.accessible();
    const color = getComputedStyle(element).color;
    expect(color).to.equal('rgb(232, 237, 243)');

    await emulateMedia({ colorScheme: 'light' });
    // Built by hand: a plain wrapper from fixture() would wait for an animation frame.
    const wrapper = document.createElement('div');
    wrapper.setAttribute('data-color-scheme', 'dark');
    document.body.append(wrapper);
    const created = document.createElement('mv-assessment');
    created.storage = 'none';
    created.framework = smallFramework;
    wrapper.append(created);
    const inside = wrapper.querySelector('mv-assessment')!;
    await inside.updateComplete;
    expect(getComputedStyle(inside).color).to.equal('rgb(232, 237, 243)');
    wrapper.remove();
  });

  it('lists whom to contact, with e-mail, phone and web links', async () => {
    const framework = structuredClone(smallFramework);
    framework.dimensions[0]!.contact = {
      unit: { nb: 'Plan og samfunn', nn: 'Plan og samfunn', en: 'Planning' },
      name: 'Kari Nordmann',
      email: 'kari@example.no',
      phone: '+47 12 34 56 78',
      url: 'https://example.no/plan',
    };
    const element = await mount(framework);
    radiosOf(element, 'Nevner et mål')[4]!.click();
    await element.updateComplete;
    const summary = element.shadowRoot!.querySelector('[part="summary"]')!;
    const text = deepText(summary);
    expect(text).to.contain('Plan og samfunn');
    expect(text).to.contain('Kari Nordmann');
    const links = allByRole<HTMLAnchorElement>(summary, 'link');
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'mailto:kari@example.no',
      'tel:+4712345678',
      'https://example.no/plan',
    ]);
    await expect(element).to.be.accessible();
  });
});
