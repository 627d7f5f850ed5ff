// `merverdi` on the command line, as a kommune's server runs it: the built bin in a child
// Node process, on real files in a temporary folder. Run after `npm run build`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const core = await import('merverdi/core');
const { createAssessment, defaultFramework, readImportFile, scoreAssessment, serializeAssessment, withAnswer, withOffer } = core;

const bin = 'dist/cli/merverdi.js';
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

/** Runs the CLI; resolves with its exit status and what it wrote. */
function merverdi(args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const framework = defaultFramework;
const criteria = framework.dimensions.flatMap((dimension) => dimension.criteria);
const levelsOf = (criterion) => (criterion.scale ?? framework.scale).levels;
const at = new Date('2026-11-30T10:00:00.000Z');

/**
 * An assessment whose answers are spread by `seed`, so that offers score differently;
 * `comment` makes each answer carry a long explanation, as real submissions do.
 */
function assessment(seed, { title = `Tilbud ${seed}`, comment } = {}) {
  let document = createAssessment(framework, { mode: 'self', lang: 'nb', now: at });
  document = withOffer(framework, document, { title, organisation: `Organisasjon ${seed}` });
  criteria.forEach((criterion, index) => {
    const levels = levelsOf(criterion);
    const value = levels[(seed * 7 + index * 3) % levels.length].value;
    document = withAnswer(framework, document, criterion.id, { value, ...(comment ? { comment } : {}) });
  });
  return document;
}

/** The same document with stored scores a submitter made up: they must be ignored. */
function tampered(document) {
  const copy = JSON.parse(serializeAssessment(document));
  copy.scores.overall = 100;
  for (const id of Object.keys(copy.scores.dimensions)) copy.scores.dimensions[id] = 100;
  copy.completeness = 1;
  return copy;
}

let folder;
let frameworkFile;
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'merverdi-cli-'));
  frameworkFile = join(folder, 'framework.json');
  writeFileSync(frameworkFile, JSON.stringify(framework, null, 2));
});
after(() => rmSync(folder, { recursive: true, force: true }));

/** A fresh folder inside the temporary one. */
function subfolder(name) {
  const path = join(folder, name);
  mkdirSync(path, { recursive: true });
  return path;
}

describe('merverdi --help and wrong usage', () => {
  it('prints the usage in the language asked for, and the version', async () => {
    const english = await merverdi(['--help']);
    assert.equal(english.status, 0);
    assert.match(english.stdout, /^Usage: merverdi <command>/);
    const nynorsk = await merverdi(['--help', '--lang', 'nn']);
    assert.match(nynorsk.stdout, /Kommandoar:/);
    assert.match(nynorsk.stdout, /reknar ut poengsummane på nytt/);
    const version = await merverdi(['--version']);
    assert.equal(version.stdout.trim(), manifest.version);
  });

  it('exits with 2 and one clear line for an unknown command, option or language', async () => {
    const cases = [
      [['frobnicate'], /Unknown command "frobnicate"/],
      [[], /No command given/],
      [['score', '--colour'], /Unknown option '--colour'/],
      [['score', '--lang', 'de'], /There is no language "de"; choose nb, nn or en/],
      [['score', frameworkFile, folder, '--csv', '--json'], /either --csv or --json/],
      [['score', frameworkFile], /at least one assessment file or folder/],
      [['bundle', frameworkFile, folder], /--out <library.json>/],
      [['score', frameworkFile, folder, '--by', 'nope'], /no area with the id "nope"\. Its areas are: langsiktige-mal, brukermedvirkning/],
    ];
    for (const [args, message] of cases) {
      const { status, stderr, stdout } = await merverdi(args);
      assert.equal(status, 2, `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, message);
      assert.equal(stderr.trim().split('\n').length, 1, `one line for ${args.join(' ')}`);
      assert.equal(stdout, '');
    }
  });

  it('says what is wrong in bokmål when asked', async () => {
    const { status, stderr } = await merverdi(['--lang', 'nb', 'frobnicate']);
    assert.equal(status, 2);
    assert.equal(stderr.trim(), 'Ukjent kommando «frobnicate». Skriv «merverdi --help» for å se kommandoene.');
  });
});

describe('merverdi validate', () => {
  it('accepts a good framework with exit status 0', async () => {
    const { status, stdout } = await merverdi(['validate', frameworkFile]);
    assert.equal(status, 0);
    assert.match(stdout, /valid framework "merverdi-standard" \(areas: 7, criteria: 28\)/);
  });

  it('lists every problem of a bad framework with its JSON path, and exits with 1', async () => {
    const broken = structuredClone(framework);
    broken.dimensions[1].criteria[0].id = broken.dimensions[0].criteria[0].id;
    broken.dimensions[2].weight = -1;
    const file = join(folder, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const { status, stdout } = await merverdi(['validate', file]);
    assert.equal(status, 1);
    assert.match(stdout, /the framework cannot be used/);
    assert.match(stdout, /^ {2}error dimensions\[1\]\.criteria\[0\]\.id: /m);
    assert.match(stdout, /^ {2}error dimensions\[2\]\.weight: /m);

    const nynorsk = await merverdi(['validate', '--lang', 'nn', file]);
    assert.match(nynorsk.stdout, /rammeverket kan ikkje brukast/);
    assert.match(nynorsk.stdout, /^ {2}feil dimensions\[1\]\.criteria\[0\]\.id: /m);
  });

  it('gives one line for a file that is missing or not JSON', async () => {
    const notJson = join(folder, 'not-json.json');
    writeFileSync(notJson, '{ "format": ');
    const { status, stdout, stderr } = await merverdi(['validate', join(folder, 'missing.json'), notJson]);
    assert.equal(status, 1);
    assert.equal(stderr, '');
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /missing\.json: does not exist$/);
    assert.match(lines[1], /not-json\.json: is not valid JSON \(/);
  });

  it('reports as JSON for a program, problems with codes, paths and every language', async () => {
    const broken = structuredClone(framework);
    broken.dimensions = broken.dimensions.slice(0, 2);
    const file = join(folder, 'two-axes.json');
    writeFileSync(file, JSON.stringify(broken));
    const { status, stdout } = await merverdi(['validate', '--json', frameworkFile, file]);
    assert.equal(status, 1);
    const [good, bad] = JSON.parse(stdout);
    assert.deepEqual({ valid: good.valid, id: good.id }, { valid: true, id: 'merverdi-standard' });
    assert.equal(bad.valid, false);
    const problem = bad.problems.find((candidate) => candidate.severity === 'error');
    assert.equal(problem.path, 'dimensions');
    assert.ok(problem.code);
    assert.ok(problem.message.nb && problem.message.nn && problem.message.en);
  });
});

describe('merverdi score', () => {
  let offers;
  let files;
  before(() => {
    const dir = subfolder('offers');
    offers = [1, 2, 3, 4].map((seed) => assessment(seed));
    files = offers.map((offer, index) => {
      const file = join(dir, `offer-${index + 1}.json`);
      writeFileSync(file, JSON.stringify(tampered(offer)));
      return file;
    });
  });

  /** The offers best first by the scores the core computes from their answers. */
  const expectedOrder = () =>
    offers
      .map((offer, index) => ({ index, overall: scoreAssessment(framework, offer).overall }))
      .sort((a, b) => b.overall - a.overall || a.index - b.index);

  it('re-scores from the answers, ignoring stored scores, and ranks best first', async () => {
    const { status, stdout, stderr } = await merverdi(['score', '--json', frameworkFile, ...files]);
    assert.equal(status, 0, stderr);
    const result = JSON.parse(stdout);
    assert.equal(result.framework.id, 'merverdi-standard');
    assert.equal(result.rankedBy, 'overall');
    assert.equal(result.ranking.length, 4);
    const expected = expectedOrder();
    assert.deepEqual(
      result.ranking.map((row) => row.file),
      expected.map(({ index }) => files[index]),
    );
    for (const [position, row] of result.ranking.entries()) {
      assert.equal(row.overall, expected[position].overall, 'the recomputed overall score, not the stored 100');
      assert.notEqual(row.overall, 100);
      assert.equal(row.completeness, 1);
      assert.equal(row.offer.title, offers[expected[position].index].offer.title);
    }
    assert.equal(result.ranking[0].place, 1);
    assert.deepEqual(result.rejected, []);
  });

  it('prints a table on screen with rounded scores in the language asked for', async () => {
    const { status, stdout, stderr } = await merverdi(['score', '--lang', 'nb', frameworkFile, ...files]);
    assert.equal(status, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines[0], 'Rangering etter samlet poengsum, rammeverk «merverdi-standard»');
    assert.match(lines[2], /Plass +Samlet +Langsiktige mål/);
    const best = expectedOrder()[0];
    const overall = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 }).format(best.overall);
    assert.match(lines[3], new RegExp(`^ *1\\. +${overall.replace('.', '\\.')} .*Tilbud ${best.index + 1}`));
    assert.equal(lines.length, 3 + 4);
    assert.equal(stderr.trim(), 'Rangert: 4. Avvist: 0.');
  });

  it('writes CSV for Excel: byte-order mark, semicolons, decimal comma, full precision', async () => {
    const { status, stdout } = await merverdi(['score', '--csv', '--lang', 'nn', frameworkFile, ...files]);
    assert.equal(status, 0);
    assert.ok(stdout.startsWith('\uFEFF'));
    const rows = stdout.slice(1).split('\r\n').filter(Boolean);
    assert.equal(rows.length, 5);
    const header = rows[0].split(';');
    assert.deepEqual(header.slice(0, 2), ['Plass', 'Samla']);
    assert.ok(header.includes('Tilbod'));
    const best = expectedOrder()[0];
    const cells = rows[1].split(';');
    assert.equal(cells[0], '1');
    assert.equal(cells[1], String(best.overall).replace('.', ','));
  });

  it('ranks an offer on too little basis after the solid ones, and says so beside its score', async () => {
    const dir = subfolder('basis');
    // Only the first criterion answered, at the top level: a high score on almost nothing.
    let thin = createAssessment(framework, { mode: 'self', lang: 'nb', now: at });
    thin = withOffer(framework, thin, { title: 'Lite grunnlag' });
    const top = levelsOf(criteria[0]).at(-1).value;
    thin = withAnswer(framework, thin, criteria[0].id, { value: top });
    writeFileSync(join(dir, 'a-thin.json'), JSON.stringify(thin));
    writeFileSync(join(dir, 'b-solid.json'), JSON.stringify(offers[0]));

    const json = JSON.parse((await merverdi(['score', '--json', frameworkFile, dir])).stdout);
    assert.deepEqual(json.ranking.map((row) => row.offer.title), [offers[0].offer.title, 'Lite grunnlag']);
    assert.deepEqual(json.ranking.map((row) => row.enoughBasis), [true, false]);
    assert.equal(json.ranking[0].basis, 1);
    assert.ok(json.ranking[1].basis < 0.5);
    assert.ok(json.ranking[1].overall > json.ranking[0].overall, 'the thin offer scores higher, yet ranks last');

    const screen = await merverdi(['score', '--lang', 'nb', frameworkFile, dir]);
    const thinLine = screen.stdout.split('\n').find((line) => line.includes('Lite grunnlag'));
    assert.match(thinLine, new RegExp(`for lite grunnlag: 1 av ${criteria.length} kriterier besvart`));
    assert.match(screen.stdout, /Grunnlag/);
  });

  it('ranks by one area with --by', async () => {
    const axis = framework.dimensions[2].id;
    const { stdout } = await merverdi(['score', '--json', '--by', axis, frameworkFile, ...files]);
    const result = JSON.parse(stdout);
    assert.equal(result.rankedBy, axis);
    const scores = result.ranking.map((row) => row.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    assert.deepEqual(scores, result.ranking.map((row) => row.dimensions[axis]));
  });

  it('gives each bad file one line on standard error, ranks the good ones and exits with 1', async () => {
    const dir = subfolder('mixed');
    writeFileSync(join(dir, 'a-good.json'), JSON.stringify(tampered(offers[0])));
    writeFileSync(join(dir, 'b-not-json.json'), '{ "format": "merverdi-assessment", ');
    writeFileSync(join(dir, 'c-not-ours.json'), JSON.stringify({ hello: 'world' }));
    const wrongLevel = tampered(offers[1]);
    wrongLevel.answers[criteria[0].id].value = 42;
    writeFileSync(join(dir, 'd-wrong-level.json'), JSON.stringify(wrongLevel));
    writeFileSync(join(dir, 'e-empty-library.json'), JSON.stringify({ format: 'merverdi-library', version: 1, assessments: [] }));
    writeFileSync(join(dir, 'notes.txt'), 'not a .json file: left alone');

    const { status, stdout, stderr } = await merverdi(['score', '--json', frameworkFile, dir, join(dir, 'missing.json')]);
    assert.equal(status, 1);
    const result = JSON.parse(stdout);
    assert.deepEqual(result.ranking.map((row) => row.file), [join(dir, 'a-good.json')]);
    const lines = stderr.trim().split('\n');
    const bad = lines.filter((line) => !line.startsWith('Ranked:'));
    assert.equal(bad.length, 5, stderr);
    assert.match(bad[0], /b-not-json\.json: The file is not valid JSON/);
    assert.match(bad[1], /c-not-ours\.json: /);
    assert.match(bad[2], new RegExp(`d-wrong-level\\.json: answers(\\.|\\[")${criteria[0].id}`));
    assert.match(bad[3], /e-empty-library\.json: .*holds no assessments/);
    assert.match(bad[4], /missing\.json: does not exist/);
    assert.equal(lines.at(-1), 'Ranked: 1. Rejected: 5.');
    assert.equal(result.rejected.length, 5);
  });

  it('reads library files and arrays, naming the item of a bad one', async () => {
    const dir = subfolder('libraries');
    const library = { format: 'merverdi-library', version: 1, exportedAt: at.toISOString(), assessments: [offers[0], offers[1]] };
    writeFileSync(join(dir, 'library.json'), JSON.stringify(library));
    writeFileSync(join(dir, 'list.json'), JSON.stringify([offers[2], { format: 'merverdi-assessment' }]));
    const { status, stdout, stderr } = await merverdi(['score', '--json', frameworkFile, dir]);
    assert.equal(status, 1);
    const result = JSON.parse(stdout);
    assert.equal(result.ranking.length, 3);
    assert.deepEqual(
      result.ranking.map((row) => row.item).sort(),
      [1, 1, 2],
    );
    assert.match(stderr, /list\.json item 2: /);
  });

  it('keeps text from a document from steering the terminal', async () => {
    const dir = subfolder('hostile');
    const hostile = assessment(5, { title: 'Tilbud \u001b[2J\u001b[31mrødt\u0007' });
    writeFileSync(join(dir, 'hostile.json'), JSON.stringify(hostile));
    const { stdout } = await merverdi(['score', frameworkFile, dir]);
    assert.ok(!stdout.includes('\u001b') && !stdout.includes('\u0007'), 'no escape or bell character');
    assert.match(stdout, /Tilbud {2}\[2J {1}\[31mrødt/);
  });

  it('refuses a framework that cannot be used, with its problems', async () => {
    const file = join(folder, 'no-axes.json');
    writeFileSync(file, JSON.stringify({ ...framework, dimensions: [] }));
    const { status, stdout, stderr } = await merverdi(['score', file, ...files]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /no-axes\.json: the framework cannot be used:\n {2}error dimensions: /);
  });
});

describe('merverdi bundle', () => {
  it('gathers assessments into a library file the workspace import reads, re-scored', async () => {
    const dir = subfolder('bundle-in');
    const offers = [6, 7, 8].map((seed) => assessment(seed));
    offers.forEach((offer, index) => writeFileSync(join(dir, `${index}.json`), JSON.stringify(tampered(offer))));
    const out = join(folder, 'library.json');
    const { status, stderr } = await merverdi(['bundle', frameworkFile, dir, '--out', out]);
    assert.equal(status, 0, stderr);
    assert.equal(stderr.trim(), `Assessments written: 3, to ${out}.`);
    const text = readFileSync(out, 'utf8');
    const library = JSON.parse(text);
    assert.equal(library.format, 'merverdi-library');
    assert.equal(library.version, 1);
    assert.ok(!Number.isNaN(Date.parse(library.exportedAt)));
    const imported = readImportFile('library.json', text, framework);
    assert.equal(imported.length, 3);
    for (const [index, document] of imported.entries()) {
      assert.deepEqual(document.problems.filter((problem) => problem.severity === 'error'), []);
      assert.equal(document.assessment.scores.overall, scoreAssessment(framework, offers[index]).overall);
      assert.equal(library.assessments[index].scores.overall, scoreAssessment(framework, offers[index]).overall);
    }
  });

  it('leaves bad files out with one line each and exits with 1', async () => {
    const dir = subfolder('bundle-mixed');
    writeFileSync(join(dir, 'good.json'), JSON.stringify(assessment(9)));
    writeFileSync(join(dir, 'bad.json'), 'nope');
    const out = join(folder, 'mixed-library.json');
    const { status, stderr } = await merverdi(['bundle', '--lang', 'nn', frameworkFile, dir, '-o', out]);
    assert.equal(status, 1);
    assert.match(stderr, /bad\.json: Fila er ikkje gyldig JSON/);
    assert.match(stderr, /Vurderingar skrivne: 1, til /);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).assessments.length, 1);
  });

  it('writes no library when nothing is good', async () => {
    const dir = subfolder('bundle-none');
    writeFileSync(join(dir, 'bad.json'), '[]');
    const out = join(dir, 'out', 'none.json');
    const { status, stderr } = await merverdi(['bundle', frameworkFile, dir, '--out', out]);
    assert.equal(status, 1);
    assert.match(stderr, /No valid assessments; no library file written\./);
    assert.deepEqual(readdirSync(dir), ['bad.json']);
  });

  it('says so in one line when the library cannot be written', async () => {
    const dir = subfolder('bundle-unwritable');
    writeFileSync(join(dir, 'good.json'), JSON.stringify(assessment(10)));
    const out = join(dir, 'no-such-folder', 'library.json');
    const { status, stderr } = await merverdi(['bundle', frameworkFile, dir, '--out', out]);
    assert.equal(status, 1);
    assert.match(stderr, /^Could not write .*library\.json \(ENOENT/);
  });
});

describe('merverdi on many files', () => {
  const count = 2000;
  let dir;
  before(() => {
    dir = subfolder('many');
    // Each file carries a long explanation on every answer (about 40 KB a file, 80 MB in
    // all), as real submissions can: more than the heap the command is given below.
    const comment = 'Vi samarbeider med brukerne og kan vise til referater. '.repeat(25);
    for (let seed = 0; seed < count; seed += 1) {
      const document = assessment(seed, { comment });
      writeFileSync(join(dir, `${String(seed).padStart(4, '0')}.json`), JSON.stringify(document));
    }
  });

  it('ranks 2 000 files, reading them one at a time within a small heap', async () => {
    const started = performance.now();
    const { status, stdout, stderr } = await merverdi(['score', '--json', frameworkFile, dir], {
      nodeOptions: ['--max-old-space-size=48'],
    });
    const seconds = (performance.now() - started) / 1000;
    assert.equal(status, 0, stderr);
    const result = JSON.parse(stdout);
    assert.equal(result.ranking.length, count);
    const scores = result.ranking.map((row) => row.overall);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    console.log(`# score: ${count} files in ${seconds.toFixed(1)} s`);
  });

  it('bundles 2 000 files of 40 KB into library files the workspace imports whole: at most 1 000 assessments and 20 MB each', async () => {
    const out = join(folder, 'many-library.json');
    const { status, stderr } = await merverdi(['bundle', frameworkFile, dir, '--out', out], {
      nodeOptions: ['--max-old-space-size=48'],
    });
    assert.equal(status, 0, stderr);
    const parts = readdirSync(folder).filter((file) => /^many-library-\d+\.json$/.test(file)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    // 80 MB in all: the 20 MB a file may hold splits it before the 1 000 assessments do.
    assert.ok(parts.length >= 4, `parts: ${parts.join(', ')}`);
    assert.match(stderr, /Assessments written: 2000, to .*many-library-1\.json, .*many-library-2\.json/);
    assert.match(stderr, new RegExp(`at most 1000 assessments and 20 MB per file, so the library is split into ${parts.length} files`));
    let total = 0;
    for (const file of parts) {
      const text = readFileSync(join(folder, file), 'utf8');
      assert.ok(Buffer.byteLength(text) <= 20 * 1024 * 1024, `${file} is ${Buffer.byteLength(text)} bytes`);
      const documents = readImportFile(file, text, framework);
      assert.ok(documents.length <= 1000);
      assert.ok(documents.every((document) => document.assessment), `${file}: every assessment is read`);
      total += documents.length;
    }
    assert.equal(total, 2000, 'every assessment is in one of the files');
    assert.ok(!readdirSync(folder).includes('many-library.json'), 'the first file was renamed, not left twice');
  });
});
