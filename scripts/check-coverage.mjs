// Fails when the browser tests cover less than 90 % of the lines in src/ (the core:
// formats, validation, scoring, where an untested branch is a wrong score for someone).
// Reads the lcov report that `wtr` writes, and prints line coverage per folder.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';

const reportFile = 'coverage/lcov.info';
const threshold = 90;
const guarded = 'src/';

let report;
try {
  report = readFileSync(reportFile, 'utf8');
} catch {
  console.error(`coverage: ${reportFile} not found; run \`npm run test:browser\` (coverage is on by default).`);
  process.exit(1);
}

/** Lines found and hit per source file; the lcov report may list a file more than once. */
const files = new Map();
let current;
for (const line of report.split('\n')) {
  if (line.startsWith('SF:')) {
    const path = line.slice(3).trim();
    current = isAbsolute(path) ? relative(process.cwd(), path) : path;
    current = current.replaceAll('\\', '/');
    if (!files.has(current)) files.set(current, new Map());
  } else if (line.startsWith('DA:') && current) {
    // Per-line hits, merged by line number so a file reported twice is not counted twice.
    const [lineNumber, hits] = line.slice(3).split(',');
    const lines = files.get(current);
    lines.set(lineNumber, Math.max(lines.get(lineNumber) ?? 0, Number(hits)));
  } else if (line === 'end_of_record') {
    current = undefined;
  }
}

/** Found and hit line counts summed over the files a predicate selects. */
function total(select) {
  let found = 0;
  let hit = 0;
  for (const [path, lines] of files) {
    if (!select(path)) continue;
    found += lines.size;
    for (const hits of lines.values()) if (hits > 0) hit += 1;
  }
  return { found, hit, percent: found === 0 ? 100 : (100 * hit) / found };
}

const folders = [...new Set([...files.keys()].map((path) => dirname(path)))].sort();
console.log(`${'folder'.padEnd(40)} ${'lines'.padStart(11)} ${'%'.padStart(7)}`);
for (const folder of folders) {
  const { found, hit, percent } = total((path) => dirname(path) === folder);
  console.log(`${folder.padEnd(40)} ${`${hit}/${found}`.padStart(11)} ${percent.toFixed(1).padStart(7)}`);
}

const core = total((path) => path.startsWith(guarded));
const all = total(() => true);
console.log(`${'all'.padEnd(40)} ${`${all.hit}/${all.found}`.padStart(11)} ${all.percent.toFixed(1).padStart(7)}`);

// The report only knows modules a test loaded. Type-only modules are never loaded (their
// imports are erased), so an absent file is not a failure, but it is worth seeing.
const sources = readdirSync(guarded, { recursive: true })
  .map((path) => `${guarded}${String(path).replaceAll('\\', '/')}`)
  .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts') && !path.endsWith('.test.ts'));
const unloaded = sources.filter((path) => !files.has(path)).sort();
if (unloaded.length > 0) {
  console.log(`not loaded by any test (fine for type-only modules): ${unloaded.join(', ')}`);
}

if (core.found === 0) {
  console.error(`coverage: no lines of ${guarded} in ${reportFile}; did the core tests run?`);
  process.exit(1);
}
const verdict = `${guarded} line coverage ${core.percent.toFixed(1)} % (${core.hit}/${core.found}), threshold ${threshold} %`;
if (core.percent < threshold) {
  console.error(`coverage: too low: ${verdict}`);
  process.exit(1);
}
console.log(`coverage: ${verdict}`);
