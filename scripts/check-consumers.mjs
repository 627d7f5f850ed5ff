// Uses the package as an app developer would, from the tarball `npm pack` makes (not from
// this folder): a React 19 + TypeScript app, a Vue 3 + TypeScript app and a plain Node
// script, each as the README shows. The apps are type-checked (tsc, vue-tsc), and each holds
// one deliberate mistake that the package's types must catch, so the check fails if the
// types stop being picked up. Needs `npm run build` first; installs from the npm registry
// (or npm's cache) into a temporary folder, which it removes again.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const folder = mkdtempSync(join(tmpdir(), 'merverdi-consumers-'));
const keep = process.env.KEEP_CONSUMERS === '1';

/** Runs a command in the app folder; returns its output, or throws with it. */
function run(command, args, cwd = folder) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Writes files under the app folder. */
function write(files) {
  for (const [path, content] of Object.entries(files)) {
    const full = join(folder, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
  }
}

const results = [];
/** Runs one check and records whether it passed, with what it printed when it did not. */
function check(name, body) {
  const started = performance.now();
  try {
    body();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout || error.stderr ? '' : error.message}`);
  }
}

try {
  run(npm, ['pack', '--pack-destination', folder, '--ignore-scripts', '--silent'], root);
  const tarball = readdirSync(folder).find((name) => name.endsWith('.tgz'));
  write({ 'package.json': JSON.stringify({ name: 'merverdi-consumer', private: true, type: 'module' }) });
  console.log(`installing ${tarball} with React 19, Vue 3 and TypeScript…`);
  run(npm, [
    'install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`,
    'react@19', 'react-dom@19', '@types/react@19', '@types/react-dom@19', 'vue@3', 'vue-tsc@3', 'typescript@~5.9',
  ]);

  const compilerOptions = {
    target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true,
    skipLibCheck: false, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [],
  };

  check('React 19 + TypeScript: JSX of every element, typed properties and events', () => {
    write({
      'react/tsconfig.json': JSON.stringify({ compilerOptions: { ...compilerOptions, jsx: 'react-jsx' }, include: ['*.tsx'] }),
      'react/app.tsx': `import type {} from 'merverdi/types/react';
import 'merverdi/define/assessment';
import { defaultFramework, type Assessment } from 'merverdi/core';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

export function Selvvurdering({ onSaved }: { onSaved: (assessment: Assessment) => void }) {
  const [complete, setComplete] = useState(false);
  return (
    <>
      <mv-assessment
        framework={defaultFramework}
        lang="nn"
        mode="official"
        storage="none"
        onmv-change={(event) => onSaved(event.detail.assessment)}
        onmv-complete={() => setComplete(true)}
        onmv-error={(event) => console.warn(event.detail.code, event.detail.path)}
      />
      <mv-radar framework={defaultFramework} show-target="false" />
      <mv-compare assessments={[]} heading-level={3} />
      <p>{complete ? 'Ferdig' : 'Ikkje ferdig'}</p>
      {/* @ts-expect-error: a mode the element does not have is a type error. */}
      <mv-assessment mode="boss" />
    </>
  );
}

createRoot(document.body).render(<Selvvurdering onSaved={(assessment) => console.log(assessment.scores.overall)} />);
`,
    });
    run(join(folder, 'node_modules/.bin/tsc'), ['-p', 'react']);
  });

  check('Vue 3 + TypeScript: templates of every element, typed properties and events', () => {
    write({
      'vue/tsconfig.json': JSON.stringify({ compilerOptions, include: ['*.ts', '*.vue'] }),
      'vue/env.d.ts': "import type {} from 'merverdi/types/vue';\n",
      'vue/App.vue': `<script setup lang="ts">
import 'merverdi/define';
import { defaultFramework, type Assessment } from 'merverdi/core';
import { ref } from 'vue';

const saved = ref<Assessment | undefined>();
const onChange = (event: CustomEvent<{ assessment: Assessment }>) => {
  saved.value = event.detail.assessment;
};
</script>

<template>
  <mv-assessment
    :framework.prop="defaultFramework"
    lang="nn"
    storage="none"
    @mv-change="onChange"
    @mv-error="(event) => console.warn(event.detail.code)"
  />
  <mv-radar :framework.prop="defaultFramework" />
  <mv-framework-editor @mv-framework-change="(event) => console.log(event.detail.problems.length)" />
  <!-- @vue-expect-error: a mode the element does not have is a type error. -->
  <mv-assessment mode="boss" />
  <p>{{ saved?.scores.overall }}</p>
</template>
`,
    });
    run(join(folder, 'node_modules/.bin/vue-tsc'), ['-p', 'vue']);
  });

  check('Node: merverdi/core scores a submission, npx merverdi validates a framework', () => {
    write({
      'node/check.mjs': `import { createAssessment, defaultFramework, parseAssessment, scoreAssessment } from 'merverdi/core';
const submitted = JSON.parse(JSON.stringify(createAssessment(defaultFramework)));
submitted.scores.overall = 100;
const { assessment, problems } = parseAssessment(submitted, defaultFramework);
if (!assessment || problems.some((problem) => problem.severity === 'error')) throw new Error('rejected');
if (scoreAssessment(defaultFramework, assessment).overall !== null) throw new Error('stored score trusted');
console.log('ok');
`,
      'node/framework.json': '{ "format": "merverdi-framework", "version": 1 }',
    });
    run(process.execPath, ['node/check.mjs']);
    let status = 0;
    let stdout = '';
    try {
      run(join(folder, 'node_modules/.bin/merverdi'), ['validate', 'node/framework.json']);
    } catch (error) {
      status = error.status;
      stdout = error.stdout;
    }
    if (status !== 1 || !/^ {2}error dimensions: /m.test(stdout)) {
      throw new Error(`npx merverdi validate: status ${status}, output:\n${stdout}`);
    }
  });
} finally {
  if (keep) console.log(`kept ${folder}`);
  else rmSync(folder, { recursive: true, force: true, maxRetries: 5 });
}

const failed = results.filter((result) => !result.ok).length;
console.log(`# pass ${results.length - failed}`);
console.log(`# fail ${failed}`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
