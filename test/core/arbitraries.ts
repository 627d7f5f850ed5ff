import fc from 'fast-check';
import type { Answer } from '../../src/assessment/types.js';
import { allowsNotApplicable, effectiveScale } from '../../src/framework/criterion-rules.js';
import type {
  Contact,
  Criterion,
  Dimension,
  Framework,
  Goal,
  GuidanceRule,
  Scale,
} from '../../src/framework/types.js';
import type { Text } from '../../src/text/text.js';

/** Generators of valid frameworks and of answers to them, for property-based tests. */

/** A short string with at least one visible character, as a real title would have. */
export const visibleString = fc
  .string({ minLength: 1, maxLength: 30 })
  .filter((value) => value.trim() !== '');

/** A {@link Text}: a plain string or all three languages. */
export const textArb: fc.Arbitrary<Text> = fc.oneof(
  visibleString,
  fc.record({ nb: visibleString, nn: visibleString, en: visibleString }),
);

/** The stem of an id; made unique by a prefix where the framework is put together. */
const idStem = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);

/** A weight: 0 (counts for nothing) or a positive number up to 100. */
export const weightArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 1000 }).map((n) => n / 10) },
);

/** A scale of 2..11 levels with strictly increasing values, possibly not starting at 0. */
export const scaleArb: fc.Arbitrary<Scale> = fc
  .uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 11 })
  .chain((values) =>
    fc.tuple(...values.map(() => fc.record({ label: textArb, description: fc.option(textArb, { nil: undefined }) }, { requiredKeys: ['label'] }))).map(
      (texts) => ({
        levels: [...values]
          .sort((a, b) => a - b)
          .map((value, index) => {
            const { label, description } = texts[index] ?? { label: 'x' };
            return description === undefined ? { value, label } : { value, label, description };
          }),
      }),
    ),
  );

const contactArb: fc.Arbitrary<Contact> = fc.record(
  { unit: textArb, name: visibleString, email: fc.constantFrom('a@kommune.no', 'post@example.org') },
  { requiredKeys: [] },
);

const criterionArb = fc.record(
  {
    id: idStem,
    title: textArb,
    help: textArb,
    weight: weightArb,
    scale: scaleArb,
    allowNotApplicable: fc.boolean(),
    sdg: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 4 }),
    /** Indexes into the framework's goals, turned into goal ids where the framework is put together. */
    goals: fc.uniqueArray(fc.nat({ max: 5 }), { maxLength: 3 }),
    required: fc.boolean(),
    assessorHelp: textArb,
  },
  { requiredKeys: ['id', 'title'] },
);

/** A calendar date `YYYY-MM-DD`. */
const calendarDateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const goalArb = fc.record(
  {
    id: idStem,
    title: textArb,
    description: textArb,
    source: fc.record(
      { plan: textArb, adopted: calendarDateArb, url: fc.constant('https://kommune.example/plan') },
      { requiredKeys: ['plan'] },
    ),
    owner: contactArb,
  },
  { requiredKeys: ['id', 'title'] },
);

const dimensionArb = fc.record(
  {
    id: idStem,
    title: textArb,
    short: textArb,
    weight: weightArb,
    target: fc.integer({ min: 0, max: 100 }),
    contact: contactArb,
    criteria: fc.array(criterionArb, { minLength: 1, maxLength: 4 }),
  },
  { requiredKeys: ['id', 'title', 'criteria'] },
);

/** Removes fields that fast-check set to `undefined` (optional ones it chose to omit). */
function clean<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A valid framework: 3..6 axes of 1..4 criteria, unique ids, optional everything. */
export const frameworkArb: fc.Arbitrary<Framework> = fc
  .record(
    {
      id: idStem,
      revision: visibleString,
      title: textArb,
      description: textArb,
      scale: scaleArb,
      allowNotApplicable: fc.boolean(),
      dimensions: fc.array(dimensionArb, { minLength: 3, maxLength: 6 }),
      goals: fc.array(goalArb, { maxLength: 4 }),
      minBasis: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
      guidance: fc.array(
        fc.record(
          {
            index: fc.nat(),
            below: fc.integer({ min: 0, max: 100 }),
            atLeast: fc.integer({ min: 0, max: 100 }),
            text: textArb,
          },
          { requiredKeys: ['index', 'text'] },
        ),
        { maxLength: 4 },
      ),
    },
    { requiredKeys: ['id', 'title', 'dimensions'] },
  )
  .map((raw) => {
    const goals: Goal[] | undefined = raw.goals?.map((goal, g) => ({ ...goal, id: `g${g}-${goal.id}` }));
    const goalIds = (picks: number[] | undefined): string[] | undefined => {
      if (picks === undefined || goals === undefined || goals.length === 0) return undefined;
      return [...new Set(picks.map((pick) => goals[pick % goals.length]!.id))];
    };
    const dimensions: Dimension[] = raw.dimensions.map((dimension, d) => ({
      ...dimension,
      id: `d${d}-${dimension.id}`,
      criteria: dimension.criteria.map((criterion, c): Criterion => ({
        ...criterion,
        id: `c${d}-${c}-${criterion.id}`,
        goals: goalIds(criterion.goals),
      })),
    }));
    const guidance = raw.guidance?.map(({ index, text, below, atLeast }): GuidanceRule => ({
      when: { dimension: dimensions[index % dimensions.length]?.id ?? 'x', below, atLeast },
      text,
    }));
    return clean<Framework>({
      format: 'merverdi-framework',
      version: 1,
      id: raw.id,
      revision: raw.revision,
      title: raw.title,
      description: raw.description,
      scale: raw.scale,
      allowNotApplicable: raw.allowNotApplicable,
      dimensions,
      guidance,
      goals,
      minBasis: raw.minBasis,
    });
  });

/** Every criterion of a framework, in order. */
export function allCriteria(framework: Framework): Criterion[] {
  return framework.dimensions.flatMap((dimension) => dimension.criteria);
}

/** A reason for "not applicable" as a person writes it: visible text, trimmed as it is stored. */
export const reasonArb = visibleString.map((text) => text.trim());

/** A valid answer to one criterion, or none; "not applicable" always with a reason. */
export function answerArb(framework: Framework, criterion: Criterion): fc.Arbitrary<Answer | undefined> {
  const values = effectiveScale(framework, criterion).levels.map((level) => level.value);
  const choices: fc.Arbitrary<Answer | undefined>[] = [
    fc.constant(undefined),
    fc.constantFrom(...values).map((value): Answer => ({ value })),
  ];
  if (allowsNotApplicable(framework, criterion)) {
    choices.push(reasonArb.map((reason): Answer => ({ notApplicable: true, reason })));
  }
  return fc.oneof(...choices);
}

/** Valid answers to a framework: each criterion answered, not applicable, or left open. */
export function answersArb(framework: Framework): fc.Arbitrary<Record<string, Answer>> {
  const criteria = allCriteria(framework);
  return fc.tuple(...criteria.map((criterion) => answerArb(framework, criterion))).map((answers) => {
    const record: Record<string, Answer> = {};
    answers.forEach((answer, index) => {
      const id = criteria[index]?.id;
      if (answer !== undefined && id !== undefined) record[id] = answer;
    });
    return record;
  });
}

/** A framework together with valid answers to it. */
export const answeredFrameworkArb = frameworkArb.chain((framework) =>
  answersArb(framework).map((answers) => ({ framework, answers })),
);

/**
 * A framework where the gaming pattern can be tried: every area has at least three criteria,
 * all of which allow "not applicable", and `minBasis` is unset or above one third (one answer
 * in three can never be enough then).
 */
export const gamingFrameworkArb: fc.Arbitrary<Framework> = frameworkArb
  .chain((framework) =>
    fc
      .tuple(
        fc.option(fc.integer({ min: 34, max: 100 }).map((n) => n / 100), { nil: undefined }),
        fc.array(fc.array(criterionArb, { minLength: 2, maxLength: 3 }), {
          minLength: framework.dimensions.length,
          maxLength: framework.dimensions.length,
        }),
      )
      .map(([minBasis, extra]) => {
        const dimensions = framework.dimensions.map((dimension, d) => {
          const added = (extra[d] ?? []).map((criterion, c) => ({ ...criterion, id: `x${d}-${c}-${criterion.id}`, goals: undefined }));
          return {
            ...dimension,
            criteria: [...dimension.criteria, ...added].map((criterion) => ({
              ...criterion,
              allowNotApplicable: true,
              required: false,
            })),
          };
        });
        const result: Framework = { ...framework, dimensions };
        if (minBasis === undefined) delete result.minBasis;
        else result.minBasis = minBasis;
        return clean(result);
      }),
  );
