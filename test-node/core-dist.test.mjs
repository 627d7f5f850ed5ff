// The built core, as a kommune's server would use it: Node, no DOM, imported by the
// package's own name so that the `exports` map is exercised too. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const core = await import('merverdi/core');
const { defaultFramework, parseFramework, parseAssessment, scoreAssessment } = core;

/** The levels a criterion is answered on: its own scale, else the framework's. */
function levelValues(framework, criterion) {
  const scale = criterion.scale ?? framework.scale;
  return scale.levels.map((level) => level.value);
}

/** A submitted assessment as it would arrive in a POST body: plain JSON, scores untrusted. */
function submitted(framework, answers) {
  const now = new Date('2026-01-15T10:00:00.000Z').toISOString();
  return JSON.parse(
    JSON.stringify({
      format: 'merverdi-assessment',
      version: 1,
      framework: { id: framework.id, ...(framework.revision ? { revision: framework.revision } : {}) },
      mode: 'self',
      lang: 'nb',
      offer: { title: 'Arbeidstrening i kafé', organisation: 'Eksempel SA' },
      answers,
      // Deliberately wrong: derived values are recomputed on import, never trusted.
      scores: { overall: 99, dimensions: {} },
      completeness: 1,
      createdAt: now,
      updatedAt: now,
    }),
  );
}

const allCriteria = (framework) => framework.dimensions.flatMap((dimension) => dimension.criteria);

describe('merverdi/core in Node', () => {
  it('exports the core API named in the contract', () => {
    assert.equal(typeof parseFramework, 'function');
    assert.equal(typeof parseAssessment, 'function');
    assert.equal(typeof scoreAssessment, 'function');
    assert.equal(typeof defaultFramework, 'object');
  });

  it('accepts the default framework without errors', () => {
    const { framework, problems } = parseFramework(defaultFramework);
    assert.ok(framework, 'a usable framework');
    assert.deepEqual(
      problems.filter((problem) => problem.severity === 'error'),
      [],
    );
    assert.ok(framework.dimensions.length >= 3);
  });

  it('rejects an unusable framework with problems that carry a path and three languages', () => {
    const { framework, problems } = parseFramework({ format: 'merverdi-framework', version: 1, id: 'X Y' });
    assert.equal(framework, undefined);
    const errors = problems.filter((problem) => problem.severity === 'error');
    assert.ok(errors.length > 0);
    for (const problem of errors) {
      assert.equal(typeof problem.code, 'string');
      assert.equal(typeof problem.path, 'string');
      for (const lang of ['nb', 'nn', 'en']) assert.ok(problem.message[lang], `message in ${lang}`);
    }
  });

  it('scores a submitted assessment from its answers, not from the scores it claims', () => {
    const { framework } = parseFramework(defaultFramework);
    const [first, second] = framework.dimensions;
    const answers = {};
    // First axis: every criterion at its scale's top level, so the axis scores 100.
    for (const criterion of first.criteria) {
      const values = levelValues(framework, criterion);
      answers[criterion.id] = { value: Math.max(...values), comment: 'Dokumentert i søknaden' };
    }
    // Second axis: one criterion at the bottom level, one not applicable, the rest unanswered.
    const [low, skipped] = second.criteria;
    answers[low.id] = { value: Math.min(...levelValues(framework, low)) };
    answers[skipped.id] = { notApplicable: true, reason: 'Tilbudet har ingen slik del.' };

    const { assessment, problems } = parseAssessment(submitted(framework, answers), framework);
    assert.ok(assessment, JSON.stringify(problems));
    const scores = scoreAssessment(framework, assessment);

    assert.equal(scores.dimensions[first.id], 100);
    assert.equal(scores.dimensions[second.id], 0);
    for (const dimension of framework.dimensions.slice(2)) {
      assert.equal(scores.dimensions[dimension.id], null, `${dimension.id} has no answers`);
    }
    const weight = (dimension) => dimension.weight ?? 1;
    const expectedOverall = (100 * weight(first)) / (weight(first) + weight(second));
    assert.ok(Math.abs(scores.overall - expectedOverall) < 1e-9, `overall ${scores.overall}`);
    const answered = first.criteria.length + 2;
    assert.ok(Math.abs(scores.completeness - answered / allCriteria(framework).length) < 1e-9);

    // The document itself carries the recomputed values, not the 99 it arrived with.
    assert.ok(Math.abs(assessment.scores.overall - expectedOverall) < 1e-9);
    assert.ok(Math.abs(assessment.completeness - scores.completeness) < 1e-9);

    // Basis: the first axis rests wholly on answers; on the second, not applicable lowers it.
    assert.deepEqual(assessment.scores.basis, scores.basis);
    assert.equal(scores.basis.dimensions[first.id], 1);
    const secondWeights = second.criteria.map((criterion) => criterion.weight ?? 1);
    const lowShare = (low.weight ?? 1) / secondWeights.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(scores.basis.dimensions[second.id] - lowShare) < 1e-9);
  });

  it('flags the gaming pattern: complete, scored high, yet on too little basis and ranked last', () => {
    const { framework } = parseFramework(defaultFramework);
    const gaming = {};
    const honest = {};
    for (const dimension of framework.dimensions) {
      dimension.criteria.forEach((criterion, index) => {
        const values = levelValues(framework, criterion);
        honest[criterion.id] = { value: values[1] };
        if (index === 0) gaming[criterion.id] = { value: Math.max(...values) };
        else if (core.allowsNotApplicable(framework, criterion)) {
          gaming[criterion.id] = { notApplicable: true, reason: 'Gjelder ikke oss.' };
        }
      });
    }
    const read = (answers) => parseAssessment(submitted(framework, answers), framework).assessment;
    const thin = read(gaming);
    const solid = read(honest);
    assert.ok(thin.scores.overall > solid.scores.overall, 'the gamed score is the higher one');
    assert.equal(core.hasEnoughBasis(framework, thin.scores.basis.overall), false);
    assert.equal(core.hasEnoughBasis(framework, solid.scores.basis.overall), true);
    const ranked = core.rankAssessments(framework, [thin, solid], 'overall', 'descending');
    assert.deepEqual(ranked.map((row) => [row.index, row.enoughBasis]), [[1, true], [0, false]]);
    const counts = core.basisCounts(framework, thin.answers).overall;
    assert.match(core.insufficientBasis(counts).nb, /^For lite grunnlag: \d+ av \d+ kriterier besvart$/);
  });

  it('loads an old document: a single evidence link becomes a list, not applicable without a reason warns', () => {
    const { framework } = parseFramework(defaultFramework);
    const [one, two] = allCriteria(framework).filter((criterion) => core.allowsNotApplicable(framework, criterion));
    const { assessment, problems } = parseAssessment(
      submitted(framework, {
        [one.id]: { value: levelValues(framework, one)[0], evidence: 'https://example.org/rapport.pdf' },
        [two.id]: { notApplicable: true },
      }),
      framework,
    );
    assert.ok(assessment, JSON.stringify(problems));
    assert.deepEqual(assessment.answers[one.id].evidence, ['https://example.org/rapport.pdf']);
    assert.deepEqual(problems.map((problem) => [problem.code, problem.severity]), [['missing-reason', 'warning']]);
    assert.equal(assessment.completeness, 1 / allCriteria(framework).length);
  });

  it('reports a value that is not on the scale as an error, never as a silent zero', () => {
    const { framework } = parseFramework(defaultFramework);
    const criterion = allCriteria(framework)[0];
    const offScale = Math.max(...levelValues(framework, criterion)) + 0.5;
    const { assessment, problems } = parseAssessment(
      submitted(framework, { [criterion.id]: { value: offScale } }),
      framework,
    );
    assert.equal(assessment, undefined);
    const error = problems.find((problem) => problem.severity === 'error');
    assert.ok(error, 'an error problem');
    assert.match(error.path, new RegExp(criterion.id));
  });

  it('gives null, not 0, when nothing is answered', () => {
    const { framework } = parseFramework(defaultFramework);
    const { assessment } = parseAssessment(submitted(framework, {}), framework);
    assert.ok(assessment);
    const scores = scoreAssessment(framework, assessment);
    assert.equal(scores.overall, null);
    assert.equal(scores.completeness, 0);
  });
});

describe('the published package', () => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  )[0].files.map((file) => file.path);

  it('ships the JSON Schemas, and they are JSON', () => {
    for (const schema of ['schema/framework.schema.json', 'schema/assessment.schema.json']) {
      assert.ok(packed.includes(schema), `${schema} is in the package`);
      assert.equal(typeof JSON.parse(readFileSync(schema, 'utf8')), 'object');
    }
  });

  it('ships the core, the CDN file and the elements manifest, and no tests', () => {
    for (const file of ['dist/core/index.js', 'dist/core/index.d.ts', 'dist/cdn/merverdi.js', 'custom-elements.json']) {
      assert.ok(packed.includes(file), `${file} is in the package`);
    }
    assert.deepEqual(packed.filter((file) => /\.test\.|^test\//.test(file)), []);
  });

  it('points every export at a file that exists', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
    const targets = Object.values(manifest.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target),
    );
    for (const target of targets) assert.ok(existsSync(target), `${target} exists`);
  });
});
