// merverdi/react: the @lit/react wrappers rendered by React DOM in Chromium, bundled by Vite
// as an app would bundle them. Objects pass as properties, events arrive as typed props.
// Run after `npm run build`.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { bundleApp, pageErrors, useServedApp } from './helpers/browser-page.mjs';

const appSource = (wrappers, core) => `
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Assessment, Radar } from ${JSON.stringify(wrappers)};
import { defaultFramework } from ${JSON.stringify(core)};

function App() {
  const [overall, setOverall] = useState('–');
  const [changes, setChanges] = useState(0);
  return h('main', null,
    h(Assessment, {
      lang: 'nn',
      storage: 'none',
      onMvChange: (event) => {
        setChanges((count) => count + 1);
        setOverall(String(event.detail.assessment.scores.overall));
      },
    }),
    h('p', { role: 'status' }, 'Endringar: ' + changes + ', samla: ' + overall),
    h(Radar, { lang: 'en', framework: defaultFramework, assessments: [] }),
  );
}

createRoot(document.getElementById('app')).render(h(App));
`;

describe('merverdi/react in React DOM', () => {
  // React is resolved from the project's node_modules, as an app would bundle it.
  const app = useServedApp('react-', async (folder) => ({
    html: `<!doctype html><html lang="nn"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>React-appen</title></head>
<body><div id="app"></div><script type="module" src="/app.js"></script></body></html>`,
    scripts: {
      '/app.js': await bundleApp(folder, 'app.js', appSource(resolve('dist/components/react/index.js'), resolve('dist/core/index.js')), {
        'process.env.NODE_ENV': JSON.stringify('production'),
      }),
    },
  }));

  it('renders the elements, passes objects as properties and hands events to typed props', async () => {
    const tab = await app.browser.newPage();
    const errors = pageErrors(tab);
    await tab.goto(`${app.origin}/`);

    // The radar got the framework object as a property: its table names every area.
    const table = tab.getByRole('table', { name: /Score by area/ });
    await table.waitFor({ timeout: 30_000 });
    assert.ok(await table.getByRole('rowheader', { name: "The municipality's long-term goals" }).count() === 1);

    // The assessment renders; choosing a level fires mv-change, which reaches onMvChange.
    const status = tab.getByRole('status').filter({ hasText: 'Endringar:' });
    assert.equal(await status.textContent(), 'Endringar: 0, samla: –');
    const firstGroup = tab.getByRole('group').filter({ has: tab.getByRole('radio', { name: /^Ikkje relevant/ }) }).first();
    await firstGroup.waitFor({ timeout: 30_000 });
    await firstGroup.getByRole('radio').first().check();
    await tab.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.startsWith('Endringar: 1'));
    assert.match(await status.textContent(), /^Endringar: 1, samla: \d+(\.\d+)?$/);
    assert.deepEqual(errors, []);
    await tab.close();
  });
});
