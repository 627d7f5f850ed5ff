// A server-rendered page hydrating in Chromium: Node renders the elements with @lit-labs/ssr
// into declarative shadow DOM, a page loads Lit's hydrate support and the built elements (bundled
// by Vite as an app would), and the elements take over the markup without a mismatch, then
// work. Run after `npm run build`.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { bundleApp, pageErrors, useServedApp } from './helpers/browser-page.mjs';

await import('merverdi/define');

describe('a server-rendered page in the browser', () => {
  const app = useServedApp('ssr-', async (folder) => {
    // The app's client bundle: hydrate support first, so Lit hydrates instead of re-rendering.
    const bundle = await bundleApp(
      folder,
      'client.js',
      ['@lit-labs/ssr-client/lit-element-hydrate-support.js', resolve('dist/components/define.js')]
        .map((module) => `import ${JSON.stringify(module)};\n`)
        .join(''),
    );

    const body = await collectResult(
      render(html`
        <main>
          <h1>Kommunen si side</h1>
          <mv-compare lang="nn"></mv-compare>
          <mv-radar lang="nn"></mv-radar>
          <mv-assessment lang="nn" storage="none"></mv-assessment>
        </main>
      `),
    );
    const page = `<!doctype html>
<html lang="nn">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Kommunen si side</title></head>
  <body>${body}<script type="module" src="/client.js"></script></body>
</html>`;
    return { html: page, scripts: { '/client.js': bundle } };
  });

  it('shows the rendered elements before any script runs', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${app.origin}/`);
    await tab.getByRole('heading', { name: 'Samanlikning av tilbod' }).waitFor({ timeout: 10_000 });
    assert.equal(await tab.getByText('Det er ingen område å vise enno.').count(), 1);
    assert.equal(await tab.getByText('Lastar vurderingsskjemaet …').count(), 1);
    await context.close();
  });

  it('hydrates without a mismatch, and the elements then work', async () => {
    const tab = await app.browser.newPage();
    const errors = pageErrors(tab, { withStack: true, alsoWhen: (text) => /hydrat/i.test(text) });
    await tab.goto(`${app.origin}/`);
    // The assessment, once live, loads the default framework and shows its questions.
    await tab.getByRole('radio', { name: /^Ikkje relevant/ }).first().waitFor({ timeout: 30_000 });
    const hydrated = await tab.evaluate(() =>
      ['mv-compare', 'mv-radar', 'mv-assessment'].map((tag) => {
        const element = document.querySelector(tag);
        return { tag, defined: customElements.get(tag) !== undefined, shadow: element.shadowRoot !== null, updated: element.hasUpdated };
      }),
    );
    assert.deepEqual(errors, []);
    for (const state of hydrated) assert.deepEqual(state, { tag: state.tag, defined: true, shadow: true, updated: true });
    assert.equal(await tab.getByRole('heading', { name: 'Samanlikning av tilbod' }).count(), 1, 'rendered once, not twice');
    await tab.close();
  });
});
