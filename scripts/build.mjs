// Builds everything the package ships (see "Package and builds" in the contract):
//   dist/src/**, dist/components/**  unbundled ES modules with .d.ts, bare imports kept,
//                                    for apps that bundle merverdi themselves;
//   dist/core/index.js (+ .d.ts)     the DOM-free core, `merverdi/core`;
//   dist/cdn/merverdi.js (+ chunks)  the self-contained file for a kommune's site.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** Runs a locally installed tool and stops the build when it fails. */
function run(label, command, args) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} (${Math.round(performance.now() - started)} ms)`);
}

const bin = (tool) => join(root, 'node_modules', '.bin', tool);

rmSync(dist, { recursive: true, force: true, maxRetries: 5 });

run('tsc -p tsconfig.build.json', bin('tsc'), ['-p', 'tsconfig.build.json']);

// `merverdi/core` lives at dist/core/ by contract; its code is the compiled src/.
const core = join(dist, 'core');
mkdirSync(core, { recursive: true });
const reexport = "export * from '../src/index.js';\n";
writeFileSync(join(core, 'index.js'), reexport);
writeFileSync(join(core, 'index.d.ts'), reexport);

run('tsc -p tsconfig.cli.json', bin('tsc'), ['-p', 'tsconfig.cli.json']);

run('vite build (CDN)', bin('vite'), ['build', '--config', 'vite.config.ts', '--logLevel', 'warn']);
