// Fails when the committed custom-elements.json is not what the analyzer produces from the
// current sources: the manifest is generated, and a stale one misleads every tool that
// reads it (Storybook, editors, documentation sites). Fails too when docs/elements.md is
// not what scripts/elements-doc.mjs renders from that manifest.
import { readFileSync } from 'node:fs';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { elementsDocFile, renderFromFiles } from './elements-doc.mjs';
import { renderAll } from './element-types.mjs';

const manifestFile = 'custom-elements.json';

// noWrite: analyse in memory, leave the working tree alone. The config file supplies the
// globs; the serialisation below is the analyzer's own.
const freshManifest = await cli({ argv: ['analyze', '--quiet'], noWrite: true });
const fresh = `${JSON.stringify(freshManifest, null, 2)}\n`;

let committed;
try {
  committed = readFileSync(manifestFile, 'utf8');
} catch {
  console.error(`${manifestFile} is missing: run \`npm run analyze\` and commit it.`);
  process.exit(1);
}

if (committed !== fresh) {
  console.error(`${manifestFile} is out of date: run \`npm run analyze\` and commit the result.`);
  process.exit(1);
}
console.log(`${manifestFile} is up to date.`);

let committedDoc;
try {
  committedDoc = readFileSync(elementsDocFile, 'utf8');
} catch {
  console.error(`${elementsDocFile} is missing: run \`npm run docs:elements\` and commit it.`);
  process.exit(1);
}
if (committedDoc !== renderFromFiles(freshManifest)) {
  console.error(`${elementsDocFile} is out of date: run \`npm run docs:elements\` and commit the result.`);
  process.exit(1);
}
console.log(`${elementsDocFile} is up to date.`);

// The framework types and editor data are generated from the manifest too.
for (const [file, content] of Object.entries(renderAll(freshManifest))) {
  let committedFile;
  try {
    committedFile = readFileSync(file, 'utf8');
  } catch {
    committedFile = undefined;
  }
  if (committedFile !== content) {
    console.error(`${file} is out of date: run \`npm run docs:elements\` and commit the result.`);
    process.exit(1);
  }
}
console.log('types/ and editors/ are up to date.');
