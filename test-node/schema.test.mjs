// The JSON Schemas that ship with the package, checked with a real validator against documents
// the built core writes and against documents it refuses. Run after `npm run build`.
// Ajv 6 speaks draft-07; every keyword our draft 2020-12 schemas use means the same there
// ($defs is reached by JSON pointer), so only the `$schema` key is set aside before compiling.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv';

const core = await import('merverdi/core');
const { defaultFramework, createAssessment, withAnswer, serializeAssessment } = core;

function compile(name) {
  const { $schema, ...schema } = JSON.parse(readFileSync(`schema/${name}.schema.json`, 'utf8'));
  assert.equal($schema, 'https://json-schema.org/draft/2020-12/schema');
  return new Ajv({ allErrors: true }).compile(schema);
}

const frameworkSchema = compile('framework');
const assessmentSchema = compile('assessment');

function valid(validate, document) {
  const ok = validate(document);
  return ok ? true : JSON.stringify(validate.errors);
}

/** A small framework with goals, a required criterion and minBasis, as a kommune would write it. */
function kommuneFramework() {
  const framework = structuredClone(defaultFramework);
  framework.goals = [
    {
      id: 'arbeid-for-alle',
      title: { nb: 'Flere i arbeid', nn: 'Fleire i arbeid', en: 'More people in work' },
      source: { plan: 'Kommuneplanens samfunnsdel 2024–2036', adopted: '2024-06-19', url: 'https://kommune.example/plan' },
      owner: { unit: 'NAV Eksempel', name: 'Kari Nordmann', email: 'kari@kommune.example', phone: '+47 12 34 56 78' },
    },
  ];
  const first = framework.dimensions[0].criteria[0];
  first.goals = ['arbeid-for-alle'];
  first.required = true;
  first.assessorHelp = { nb: 'Se etter mål som er navngitt.' };
  framework.minBasis = 0.6;
  return framework;
}

describe('schema/framework.schema.json', () => {
  it('accepts the default framework and one with goals, required criteria and minBasis', () => {
    assert.equal(valid(frameworkSchema, JSON.parse(JSON.stringify(defaultFramework))), true);
    assert.equal(valid(frameworkSchema, kommuneFramework()), true);
  });

  it('refuses a goal without a title, a bad adoption date and a minBasis above 1', () => {
    const noTitle = kommuneFramework();
    delete noTitle.goals[0].title;
    assert.notEqual(valid(frameworkSchema, noTitle), true);
    const badDate = kommuneFramework();
    badDate.goals[0].source.adopted = '19.06.2024';
    assert.notEqual(valid(frameworkSchema, badDate), true);
    assert.notEqual(valid(frameworkSchema, { ...kommuneFramework(), minBasis: 50 }), true);
    const badRequired = kommuneFramework();
    badRequired.dimensions[0].criteria[0].required = 'yes';
    assert.notEqual(valid(frameworkSchema, badRequired), true);
  });
});

describe('schema/assessment.schema.json', () => {
  const framework = kommuneFramework();
  const [first, second] = framework.dimensions[0].criteria;
  const now = new Date('2026-11-30T12:00:00.000Z');

  /** What the core writes: basis, reasons, evidence lists and a decision. */
  function written() {
    let assessment = createAssessment(framework, { mode: 'official', now });
    assessment = withAnswer(framework, assessment, first.id, {
      value: core.effectiveScale(framework, first).levels[0].value,
      comment: 'Slik gjør vi det.',
      evidence: ['https://example.org/a', 'https://example.org/b'],
    }, now);
    assessment = withAnswer(framework, assessment, second.id, { notApplicable: true, reason: 'Ingen slik del i tilbudet.' }, now);
    assessment = { ...assessment, decision: { conclusion: 'refer', referTo: 'arbeid-for-alle', decidedAt: '2026-11-30', impartial: true } };
    return JSON.parse(serializeAssessment(assessment));
  }

  it('accepts what the core writes, basis and decision included', () => {
    const document = written();
    assert.ok(document.scores.basis, 'basis is written');
    assert.equal(valid(assessmentSchema, document), true);
  });

  it('accepts an old document: no basis, a single evidence string, not applicable without a reason', () => {
    const old = written();
    delete old.scores.basis;
    delete old.decision;
    old.answers[first.id].evidence = 'https://example.org/a';
    delete old.answers[second.id].reason;
    assert.equal(valid(assessmentSchema, old), true);
  });

  it('refuses six evidence links, an unsafe link, a reason beside a value and an unknown conclusion', () => {
    const six = written();
    six.answers[first.id].evidence = [1, 2, 3, 4, 5, 6].map((n) => `https://example.org/${n}`);
    assert.notEqual(valid(assessmentSchema, six), true);
    const unsafe = written();
    unsafe.answers[first.id].evidence = ['javascript:alert(1)'];
    assert.notEqual(valid(assessmentSchema, unsafe), true);
    const reasonWithValue = written();
    reasonWithValue.answers[first.id].reason = 'Fordi.';
    assert.notEqual(valid(assessmentSchema, reasonWithValue), true);
    const conclusion = written();
    conclusion.decision.conclusion = 'approve';
    assert.notEqual(valid(assessmentSchema, conclusion), true);
    const basis = written();
    basis.scores.basis.overall = 1.5;
    assert.notEqual(valid(assessmentSchema, basis), true);
  });
});
