import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createAssessment } from '../../src/assessment/create-assessment.js';
import { parseAssessment } from '../../src/assessment/parse-assessment.js';
import { serializeAssessment } from '../../src/assessment/serialize-assessment.js';
import type { Answer } from '../../src/assessment/types.js';
import { withAnswer, withOffer } from '../../src/assessment/update.js';
import { allowsNotApplicable, effectiveScale } from '../../src/framework/criterion-rules.js';
import { parseFramework } from '../../src/framework/parse-framework.js';
import type { Framework } from '../../src/framework/types.js';
import { hasErrors } from '../../src/problems/problem.js';
import { scoreAssessment, type ScoreResult } from '../../src/scoring/score.js';
import { summarize } from '../../src/scoring/insights.js';
import { hasEnoughBasis } from '../../src/scoring/basis.js';
import { goalCoverage } from '../../src/scoring/goals.js';
import { rankAssessments } from '../../src/compare/rank.js';
import { withScores } from '../../src/assessment/update.js';
import { childPath } from '../../src/problems/json-path.js';
import {
  allCriteria,
  answeredFrameworkArb,
  frameworkArb,
  gamingFrameworkArb,
  reasonArb,
  visibleString,
} from './arbitraries.js';
import { sampleFramework } from './fixtures.js';

const TOLERANCE = 1e-9;

function closeTo(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameScores(a: ScoreResult, b: ScoreResult): boolean {
  return (
    closeTo(a.overall, b.overall) &&
    Object.keys(a.dimensions).every((id) => closeTo(a.dimensions[id] ?? null, b.dimensions[id] ?? null))
  );
}

describe('scoring properties', () => {
  it('keeps every score within 0..100 and completeness within 0..1', () => {
    fc.assert(
      fc.property(answeredFrameworkArb, ({ framework, answers }) => {
        const result = scoreAssessment(framework, { answers });
        for (const score of [result.overall, ...Object.values(result.dimensions)]) {
          if (score !== null) expect(score).to.be.within(0, 100);
        }
        expect(result.completeness).to.be.within(0, 1);
      }),
    );
  });

  it('scores "not applicable" exactly as if the criterion were left out', () => {
    fc.assert(
      fc.property(answeredFrameworkArb, fc.nat(), ({ framework, answers }, pick) => {
        const allowed = allCriteria(framework).filter((c) => allowsNotApplicable(framework, c));
        fc.pre(allowed.length > 0);
        const id = allowed[pick % allowed.length]!.id;
        const left = { ...answers };
        delete left[id];
        const marked = { ...answers, [id]: { notApplicable: true } as Answer };
        const a = scoreAssessment(framework, { answers: left });
        const b = scoreAssessment(framework, { answers: marked });
        expect(b.overall).to.equal(a.overall);
        expect(b.dimensions).to.deep.equal(a.dimensions);
      }),
    );
  });

  it('does not change when every weight is scaled by the same positive factor', () => {
    fc.assert(
      fc.property(answeredFrameworkArb, fc.double({ min: 0.001, max: 1000, noNaN: true }), ({ framework, answers }, factor) => {
        const scaled: Framework = structuredClone(framework);
        for (const dimension of scaled.dimensions) {
          dimension.weight = (dimension.weight ?? 1) * factor;
          for (const criterion of dimension.criteria) criterion.weight = (criterion.weight ?? 1) * factor;
        }
        expect(sameScores(scoreAssessment(framework, { answers }), scoreAssessment(scaled, { answers }))).to.equal(true);
      }),
    );
  });

  it('does not depend on the order of criteria within an axis', () => {
    const shuffled = answeredFrameworkArb.chain(({ framework, answers }) =>
      fc
        .tuple(
          ...framework.dimensions.map((d) =>
            fc.shuffledSubarray(d.criteria, { minLength: d.criteria.length, maxLength: d.criteria.length }),
          ),
        )
        .map((orders) => ({
          framework,
          answers,
          reordered: { ...framework, dimensions: framework.dimensions.map((d, i) => ({ ...d, criteria: orders[i]! })) },
        })),
    );
    fc.assert(
      fc.property(shuffled, ({ framework, answers, reordered }) => {
        const a = scoreAssessment(framework, { answers });
        const b = scoreAssessment(reordered, { answers });
        expect(sameScores(a, b)).to.equal(true);
        expect(b.completeness).to.equal(a.completeness);
      }),
    );
  });

  it('never lowers an axis score when one answer is raised', () => {
    fc.assert(
      fc.property(answeredFrameworkArb, fc.nat(), fc.nat(), ({ framework, answers }, pick, step) => {
        const answered = framework.dimensions.flatMap((dimension) =>
          dimension.criteria
            .filter((criterion) => typeof answers[criterion.id]?.value === 'number')
            .map((criterion) => ({ dimension, criterion })),
        );
        fc.pre(answered.length > 0);
        const { dimension, criterion } = answered[pick % answered.length]!;
        const values = effectiveScale(framework, criterion).levels.map((level) => level.value);
        const current = values.indexOf(answers[criterion.id]!.value as number);
        const higher = values.slice(current + 1);
        fc.pre(higher.length > 0);
        const raised = { ...answers, [criterion.id]: { value: higher[step % higher.length]! } };
        const before = scoreAssessment(framework, { answers }).dimensions[dimension.id] ?? null;
        const after = scoreAssessment(framework, { answers: raised }).dimensions[dimension.id] ?? null;
        // An axis whose answered criteria all weigh 0 has no score before and after.
        if (before === null) expect(after).to.equal(null);
        else expect(after).to.be.at.least(before - TOLERANCE);
      }),
    );
  });

  it('summarizes any valid assessment without failing, with gaps and strengths within bounds', () => {
    fc.assert(
      fc.property(answeredFrameworkArb, ({ framework, answers }) => {
        const summary = summarize(framework, { answers });
        expect(summary.gaps.length).to.be.at.most(3);
        for (const gap of summary.gaps) expect(gap.next.value).to.be.above(gap.current.value);
        for (const strength of summary.strengths.dimensions) expect(strength.score).to.be.at.least(75);
      }),
    );
  });
});

describe('validator properties', () => {
  it('accepts every framework from the generator of valid frameworks, and copies it faithfully', () => {
    fc.assert(
      fc.property(frameworkArb, (input) => {
        const { framework, problems } = parseFramework(input);
        expect(hasErrors(problems), JSON.stringify(problems.filter((p) => p.severity === 'error'))).to.equal(false);
        expect(framework).to.deep.equal(input);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any JSON value, and returns a framework only without errors', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { framework, problems } = parseFramework(value);
        expect(problems).to.be.an('array');
        if (framework !== undefined) expect(hasErrors(problems)).to.equal(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on anything at all', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withSparseArray: true, withBigInt: true }), (value) => {
        expect(parseFramework(value).problems).to.be.an('array');
        expect(parseAssessment(value, sampleFramework()).problems).to.be.an('array');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a valid framework with random values in random places', () => {
    fc.assert(
      fc.property(frameworkArb, fc.array(fc.tuple(fc.nat(), fc.anything())), (input, damage) => {
        const damaged = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
        const dimensions = damaged.dimensions as Record<string, unknown>[];
        const keys = ['id', 'title', 'weight', 'target', 'criteria', 'contact', 'sdg', 'short'];
        for (const [where, value] of damage) {
          const target = dimensions[where % dimensions.length]!;
          target[keys[where % keys.length]!] = value;
        }
        const { framework, problems } = parseFramework(damaged);
        if (framework !== undefined) expect(hasErrors(problems)).to.equal(false);
      }),
    );
  });

  it('never throws on random assessments, nor on random answers to a real framework', () => {
    const framework = sampleFramework();
    const ids = allCriteria(framework).map((criterion) => criterion.id);
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.dictionary(fc.oneof(fc.constantFrom(...ids), fc.string()), fc.anything()),
        (value, answers) => {
          expect(parseAssessment(value, framework).problems).to.be.an('array');
          const document = { ...createAssessment(framework), answers };
          const { assessment, problems } = parseAssessment(document, framework);
          if (assessment !== undefined) expect(hasErrors(problems)).to.equal(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads back every serialized assessment as it was', () => {
    const offerArb = fc.record(
      {
        title: visibleString,
        organisation: visibleString,
        orgNumber: fc.constantFrom('123456785', '974760673'),
        contact: visibleString,
        description: visibleString,
      },
      { requiredKeys: [] },
    );
    const commentArb = fc.option(visibleString, { nil: undefined });
    fc.assert(
      fc.property(
        answeredFrameworkArb,
        offerArb,
        commentArb,
        fc.constantFrom('self', 'official') as fc.Arbitrary<'self' | 'official'>,
        fc.constantFrom('nb', 'nn', 'en') as fc.Arbitrary<'nb' | 'nn' | 'en'>,
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        ({ framework, answers }, offer, comment, mode, lang, now) => {
          let assessment = createAssessment(framework, { mode, lang, now });
          for (const [id, answer] of Object.entries(answers)) {
            const withNotes = comment === undefined ? answer : { ...answer, comment, evidence: ['https://example.org/doc'] };
            assessment = withAnswer(framework, assessment, id, withNotes, now);
          }
          assessment = withOffer(framework, assessment, offer, now);
          const { assessment: read, problems } = parseAssessment(JSON.parse(serializeAssessment(assessment)), framework);
          expect(problems).to.deep.equal([]);
          expect(read).to.deep.equal(assessment);
          expect(serializeAssessment(read!)).to.equal(serializeAssessment(assessment));
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** A whole assessment document with these answers, scored as the contract says. */
function documentOf(framework: Framework, answers: Record<string, Answer>) {
  return withScores(framework, { ...createAssessment(framework, { now: new Date('2026-11-30T12:00:00Z') }), answers });
}

/**
 * The gaming pattern of issue 14: one top answer per area (the lightest criterion, so that it
 * never carries most of its area's weight) and every other criterion "not applicable", each
 * with a reason.
 */
function gamingAnswers(framework: Framework, reason: string): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const dimension of framework.dimensions) {
    const lightest = dimension.criteria.reduce((a, b) => ((b.weight ?? 1) < (a.weight ?? 1) ? b : a));
    for (const criterion of dimension.criteria) {
      const levels = effectiveScale(framework, criterion).levels;
      answers[criterion.id] =
        criterion === lightest ? { value: levels[levels.length - 1]!.value } : { notApplicable: true, reason };
    }
  }
  return answers;
}

describe('basis properties', () => {
  it('keeps basis within 0..1, overall and on every area', () => {
    fc.assert(
      fc.property(answeredFrameworkArb, ({ framework, answers }) => {
        const { basis } = scoreAssessment(framework, { answers });
        expect(basis.overall).to.be.within(0, 1);
        for (const dimension of framework.dimensions) expect(basis.dimensions[dimension.id]).to.be.within(0, 1);
      }),
      { numRuns: 200 },
    );
  });

  it('never raises basis when an answered criterion is marked not applicable', () => {
    fc.assert(
      fc.property(answeredFrameworkArb, fc.nat(), reasonArb, ({ framework, answers }, pick, reason) => {
        const answered = framework.dimensions.flatMap((dimension) =>
          dimension.criteria
            .filter((criterion) => typeof answers[criterion.id]?.value === 'number' && allowsNotApplicable(framework, criterion))
            .map((criterion) => ({ dimension, criterion })),
        );
        fc.pre(answered.length > 0);
        const { dimension, criterion } = answered[pick % answered.length]!;
        const before = scoreAssessment(framework, { answers }).basis;
        const marked = { ...answers, [criterion.id]: { notApplicable: true, reason } as Answer };
        const after = scoreAssessment(framework, { answers: marked }).basis;
        expect(after.overall).to.be.at.most(before.overall + TOLERANCE);
        expect(after.dimensions[dimension.id]).to.be.at.most(before.dimensions[dimension.id]! + TOLERANCE);
      }),
      { numRuns: 200 },
    );
  });

  it('always flags the gaming pattern as insufficient basis, though it is complete', () => {
    fc.assert(
      fc.property(gamingFrameworkArb, reasonArb, (framework, reason) => {
        const result = scoreAssessment(framework, { answers: gamingAnswers(framework, reason) });
        expect(result.completeness).to.equal(1);
        expect(hasEnoughBasis(framework, result.basis.overall)).to.equal(false);
      }),
      { numRuns: 200 },
    );
  });

  it('ranks the gaming pattern after any offer with enough basis, in either direction', () => {
    // The honest offer answers every criterion with some level (any level, low ones too), and
    // may leave out one: that keeps its basis at or above minBasis in most runs.
    const cases = gamingFrameworkArb.chain((framework) =>
      fc.record({
        framework: fc.constant(framework),
        solid: fc.tuple(
          fc.tuple(
            ...allCriteria(framework).map((criterion) =>
              fc.constantFrom(...effectiveScale(framework, criterion).levels.map((level) => level.value)),
            ),
          ),
          fc.nat(),
        ).map(([values, skip]) => {
          const criteria = allCriteria(framework);
          const answers: Record<string, Answer> = {};
          criteria.forEach((criterion, index) => {
            if (index !== skip % (criteria.length * 2)) answers[criterion.id] = { value: values[index]! };
          });
          return answers;
        }),
        reason: reasonArb,
      }),
    );
    fc.assert(
      fc.property(cases, ({ framework, solid, reason }) => {
        const honest = documentOf(framework, solid);
        fc.pre(honest.scores.overall !== null && hasEnoughBasis(framework, honest.scores.basis.overall));
        const gaming = documentOf(framework, gamingAnswers(framework, reason));
        for (const direction of ['descending', 'ascending'] as const) {
          // The gaming offer is given first, so only basis can put it after the honest one.
          const ranked = rankAssessments(framework, [gaming, honest], 'overall', direction);
          expect(ranked.map((row) => row.index)).to.deep.equal([1, 0]);
          expect(ranked[1]!.enoughBasis).to.equal(false);
          expect(ranked[0]!.enoughBasis).to.equal(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rejects "not applicable" on a required criterion with a problem at the answer\'s path', () => {
    const cases = answeredFrameworkArb.chain(({ framework, answers }) =>
      fc.record({ framework: fc.constant(framework), answers: fc.constant(answers), pick: fc.nat(), reason: reasonArb }),
    );
    fc.assert(
      fc.property(cases, ({ framework, answers, pick, reason }) => {
        const criteria = allCriteria(framework);
        const criterion = criteria[pick % criteria.length]!;
        const strict: Framework = structuredClone(framework);
        const target = allCriteria(strict).find((candidate) => candidate.id === criterion.id)!;
        target.required = true;
        const valid = Object.fromEntries(
          Object.entries(answers).filter(([id, answer]) => {
            const c = allCriteria(strict).find((candidate) => candidate.id === id);
            return c === undefined || answer.notApplicable !== true || allowsNotApplicable(strict, c);
          }),
        );
        const document = JSON.parse(serializeAssessment(documentOf(strict, valid)));
        document.answers[criterion.id] = { notApplicable: true, reason };
        const { assessment, problems } = parseAssessment(document, strict);
        expect(assessment).to.equal(undefined);
        const problem = problems.find((p) => p.code === 'required-not-applicable');
        expect(problem?.severity).to.equal('error');
        expect(problem?.path).to.equal(childPath('answers', criterion.id));
      }),
      { numRuns: 200 },
    );
  });

  it('gives every goal one coverage entry, its score within 0..100 or null and its basis within 0..1', () => {
    fc.assert(
      fc.property(answeredFrameworkArb, ({ framework, answers }) => {
        const coverage = goalCoverage(framework, { answers });
        expect(coverage.map((entry) => entry.goal.id).sort()).to.deep.equal((framework.goals ?? []).map((g) => g.id).sort());
        for (const entry of coverage) {
          if (entry.score !== null) expect(entry.score).to.be.within(0, 100);
          expect(entry.basis).to.be.within(0, 1);
        }
      }),
    );
  });
});
