import fc from 'fast-check';
import type { Answer } from '../../src/assessment/types.js';
import { allowsNotApplicable, effectiveScale } from '../../src/framework/criterion-rules.js';
import type {
  Contact,
  Criterion,
  Dimension,
  Framework,
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
    const dimensions: Dimension[] = raw.dimensions.map((dimension, d) => ({
      ...dimension,
      id: `d${d}-${dimension.id}`,
      criteria: dimension.criteria.map((criterion, c): Criterion => ({ ...criterion, id: `c${d}-${c}-${criterion.id}` })),
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
    });
  });

/** Every criterion of a framework, in order. */
export function allCriteria(framework: Framework): Criterion[] {
  return framework.dimensions.flatMap((dimension) => dimension.criteria);
}

/** A valid answer to one criterion, or none. */
export function answerArb(framework: Framework, criterion: Criterion): fc.Arbitrary<Answer | undefined> {
  const values = effectiveScale(framework, criterion).levels.map((level) => level.value);
  const choices: fc.Arbitrary<Answer | undefined>[] = [
    fc.constant(undefined),
    fc.constantFrom(...values).map((value): Answer => ({ value })),
  ];
  if (allowsNotApplicable(framework, criterion)) choices.push(fc.constant<Answer>({ notApplicable: true }));
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
