// Reports what the CDN build costs a visitor, and fails when the start-up payload grows
// past the budget in size-budget.json. Run after `npm run build`.
//
// Start-up payload = dist/cdn/merverdi.js plus every chunk it imports statically (those
// load before the widget can appear); chunks reached only by dynamic import() load later,
// when a heavier element is used, and are reported but not budgeted.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileSize, totalSize } from './file-size.mjs';

const cdn = 'dist/cdn';
const entry = 'merverdi.js';

/**
 * Sibling files a module imports statically: `import … from "./x.js"`, `import "./x.js"`
 * and `export … from "./x.js"`, but not `import("./x.js")`.
 */
function staticImports(file) {
  const source = readFileSync(join(cdn, file), 'utf8');
  const found = new Set();
  const patterns = [
    /\b(?:import|export)\s*[\w${},*\s]*?\bfrom\s*["']\.\/([^"']+)["']/g,
    /\bimport\s*["']\.\/([^"']+)["']/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) found.add(match[1]);
  }
  return [...found];
}

/** The entry and everything reachable from it through static imports. */
function startupFiles() {
  const seen = new Set();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...staticImports(file));
  }
  return [...seen];
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const row = (label, size) =>
  `${label.padEnd(44)} ${String(size.raw).padStart(9)} ${String(size.gzip).padStart(9)} ${String(size.brotli).padStart(9)}`;

let allFiles;
try {
  allFiles = readdirSync(cdn).filter((file) => file.endsWith('.js')).sort();
} catch {
  console.error(`size: ${cdn}/ not found; run \`npm run build\` first.`);
  process.exit(1);
}
if (!allFiles.includes(entry)) {
  console.error(`size: ${cdn}/${entry} not found; run \`npm run build\` first.`);
  process.exit(1);
}

const sizes = new Map(allFiles.map((file) => [file, fileSize(join(cdn, file))]));
const startup = startupFiles();
const startupSize = totalSize(startup.map((file) => sizes.get(file)));
const allSize = totalSize([...sizes.values()]);

console.log(`${'bytes'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli 11'.padStart(9)}`);
for (const file of allFiles) {
  console.log(row(`${file}${startup.includes(file) ? '' : ' (lazy)'}`, sizes.get(file)));
}
console.log(row('start-up payload', startupSize));
console.log(row(`all ${cdn}/*.js (${allFiles.length} files)`, allSize));

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')).startupGzipBytes;
const verdict = `start-up payload ${startupSize.gzip} B gzip (${kib(startupSize.gzip)}), budget ${budget} B (${kib(budget)})`;
if (startupSize.gzip > budget) {
  console.error(`size: over budget: ${verdict}`);
  process.exit(1);
}
console.log(`size: within budget: ${verdict}`);
