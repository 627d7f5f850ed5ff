// Server-side rendering with @lit-labs/ssr: every public element renders its first paint in
// Node, as declarative shadow DOM, without throwing, in the language asked for and without
// one. Imports the built package by its own name. Run after `npm run build`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

await import('merverdi/define');
const { defaultFramework, createAssessment } = await import('merverdi/core');

/** The server's HTML for a template, and its visible text (styles, comments and tags dropped). */
function serverRender(template) {
  const markup = collectResultSync(render(template));
  const text = markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
  return { markup, text };
}

const element = (tag, lang) =>
  lang === undefined
    ? html`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`
    : html`<${unsafeStatic(tag)} lang=${lang}></${unsafeStatic(tag)}>`;

/** Each public element and a text its first paint shows, per language. */
const FIRST_PAINT = {
  'mv-assessment': { nb: 'Laster vurderingsskjemaet', nn: 'Lastar vurderingsskjemaet', en: 'Loading the assessment form' },
  'mv-radar': { nb: 'Det er ingen områder å vise ennå.', nn: 'Det er ingen område å vise enno.', en: 'There are no areas to show yet.' },
  'mv-compare': { nb: 'Sammenligning av tilbud', nn: 'Samanlikning av tilbod', en: 'Comparison of offers' },
  'mv-framework-editor': { nb: 'Standardrammeverket', nn: 'Standardrammeverket', en: 'The default framework' },
  'mv-workspace': { nb: 'Biblioteket', nn: 'Biblioteket', en: 'The library' },
};

describe('server-side rendering', () => {
  for (const [tag, texts] of Object.entries(FIRST_PAINT)) {
    it(`${tag} renders its first paint as declarative shadow DOM in nb, nn and en, and without lang`, () => {
      for (const lang of ['nb', 'nn', 'en']) {
        const { markup, text } = serverRender(element(tag, lang));
        assert.match(markup, new RegExp(`<${tag}\\s+lang="${lang}"[^>]*><template shadowroot="open" shadowrootmode="open">`));
        assert.ok(text.includes(texts[lang]), `${tag} lang=${lang} shows "${texts[lang]}"; it shows: ${text.slice(0, 200)}`);
      }
      // Without lang on the server there is no page to inherit from: bokmål, until the
      // browser hydrates it and finds the page's language.
      const { text } = serverRender(element(tag));
      assert.ok(text.includes(texts.nb), `${tag} without lang shows "${texts.nb}"`);
    });
  }

  it('renders a part placed without its assessment as an empty shadow root, without throwing', () => {
    // A part such as the actions bar draws from the assessment it sits in; on the server
    // there is none to find, so it sends an empty root and fills it once the page has one.
    for (const tag of ['mv-assessment-actions', 'mv-assessment-form', 'mv-assessment-progress', 'mv-assessment-summary']) {
      const { markup, text } = serverRender(element(tag, 'nb'));
      assert.match(markup, new RegExp(`<${tag}\\s+lang="nb"[^>]*><template shadowroot="open" shadowrootmode="open">`));
      assert.equal(text, '', `${tag} shows nothing on its own`);
    }
  });

  it('renders the chart’s table alternative for an assessment given as a property', () => {
    const assessment = createAssessment(defaultFramework, { now: new Date('2026-11-30T10:00:00.000Z') });
    const { text } = serverRender(
      html`<mv-radar lang="en" .framework=${defaultFramework} .assessments=${[assessment]}></mv-radar>`,
    );
    for (const dimension of defaultFramework.dimensions) {
      const title = typeof dimension.title === 'string' ? dimension.title : dimension.title.en;
      assert.ok(text.includes(`${title} – not answered`), `the table has a row for "${title}"`);
    }
    assert.ok(text.includes('Overall score: not calculated, no criteria answered'));
  });
});
