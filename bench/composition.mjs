// What the start-up payload of ours is made of: the minified bytes of each file that
// merverdi.js loads at start, attributed through the source maps to the original source,
// grouped by package (node_modules) or folder, with the gzip -9 size of each group's code.
//
//   node bench/composition.mjs [--cdn bench/dist/cdn] [--files merverdi.js,...]
//
// Without --files it follows static imports from merverdi.js, as scripts/size.mjs does.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const { values: options } = parseArgs({
  options: { cdn: { type: 'string', default: join(benchDir, 'dist', 'cdn') }, files: { type: 'string' }, depth: { type: 'string', default: '2' } },
});
const cdn = resolve(options.cdn);

function staticImports(file) {
  const source = readFileSync(join(cdn, file), 'utf8');
  const found = new Set();
  for (const pattern of [/\b(?:import|export)\s*[\w${},*\s]*?\bfrom\s*["']\.\/([^"']+)["']/g, /\bimport\s*["']\.\/([^"']+)["']/g]) {
    for (const match of source.matchAll(pattern)) found.add(match[1]);
  }
  return [...found];
}

function startupFiles() {
  const seen = new Set();
  const pending = ['merverdi.js'];
  while (pending.length) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...staticImports(file));
  }
  return [...seen];
}

/** A readable group for a source path: the package, or the first folders of our own code. */
function groupOf(source) {
  const clean = source.replace(/^(\.\.\/)+/, '');
  const pkg = clean.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  return clean.split('/').slice(0, Number(options.depth)).join('/');
}

const files = options.files ? options.files.split(',') : startupFiles();
const groups = new Map();
for (const file of files) {
  const code = readFileSync(join(cdn, file), 'utf8');
  const mapFile = join(cdn, `${file}.map`);
  if (!existsSync(mapFile)) continue;
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
  const lines = code.split('\n');
  const lineStarts = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  // Each mapping owns the bytes up to the next mapping on the same line.
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  for (let index = 0; index < mappings.length; index += 1) {
    const m = mappings[index];
    const next = mappings[index + 1];
    const start = lineStarts[m.generatedLine - 1] + m.generatedColumn;
    const end = next && next.generatedLine === m.generatedLine ? lineStarts[next.generatedLine - 1] + next.generatedColumn : lineStarts[m.generatedLine - 1] + lines[m.generatedLine - 1].length;
    const group = m.source ? groupOf(m.source) : '(unmapped)';
    const entry = groups.get(group) ?? { bytes: 0, text: [] };
    entry.bytes += end - start;
    entry.text.push(code.slice(start, end));
    groups.set(group, entry);
  }
}

const rows = [...groups].map(([group, { bytes, text }]) => ({ group, bytes, gzip: gzipSync(text.join(''), { level: 9 }).length }));
rows.sort((a, b) => b.bytes - a.bytes);
const total = rows.reduce((sum, row) => sum + row.bytes, 0);
console.log(`files: ${files.join(', ')}`);
console.log(`${'source'.padEnd(48)} ${'raw'.padStart(9)} ${'share'.padStart(6)} ${'gzip*'.padStart(8)}`);
for (const row of rows) {
  console.log(`${row.group.padEnd(48)} ${String(row.bytes).padStart(9)} ${((row.bytes / total) * 100).toFixed(1).padStart(5)}% ${String(row.gzip).padStart(8)}`);
}
console.log(`${'total'.padEnd(48)} ${String(total).padStart(9)}`);
console.log('* gzip -9 of the group alone; groups compress better together, so these add up to more than the file.');
