import { expect } from '@open-wc/testing';
import { createAssessment } from '../../src/assessment/create-assessment.js';
import { parseAssessment } from '../../src/assessment/parse-assessment.js';
import { serializeAssessment } from '../../src/assessment/serialize-assessment.js';
import type { Assessment } from '../../src/assessment/types.js';
import { withAnswer, withOffer } from '../../src/assessment/update.js';
import type { Problem } from '../../src/problems/problem.js';
import { sampleFramework } from './fixtures.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const created = new Date('2026-03-01T10:00:00.000Z');
const later = new Date('2026-03-02T12:30:00.000Z');

/** A filled-in assessment of the sample framework. */
function filled(): Assessment {
  const framework = sampleFramework();
  let assessment = createAssessment(framework, { mode: 'official', lang: 'nn', now: created });
  assessment = withAnswer(framework, assessment, 'goal-named', { value: 2, comment: 'Nemner mål 3.', evidence: ['https://example.org/plan.pdf'] }, later);
  assessment = withAnswer(framework, assessment, 'goal-adds', { value: 4 }, later);
  assessment = withAnswer(framework, assessment, 'new', { notApplicable: true, reason: 'Kommunen har dette alt.', comment: 'Finst alt.' }, later);
  return withOffer(framework, assessment, { title: 'Møteplass', organisation: 'Lag AS', orgNumber: '123456785' }, later);
}

function asJson(assessment: Assessment): Json {
  return JSON.parse(serializeAssessment(assessment));
}

function problemAt(problems: Problem[], code: string, path: string): Problem | undefined {
  return problems.find((problem) => problem.code === code && problem.path === path);
}

describe('createAssessment', () => {
  it('starts empty, scored, with ISO dates and the framework reference', () => {
    const assessment = createAssessment(sampleFramework(), { now: created });
    expect(assessment).to.deep.equal({
      format: 'merverdi-assessment',
      version: 1,
      framework: { id: 'test-kommune', revision: '2026-01' },
      mode: 'self',
      lang: 'nb',
      offer: {},
      answers: {},
      scores: {
        overall: null,
        dimensions: { goals: null, participation: null, innovation: null },
        basis: { overall: 0, dimensions: { goals: 0, participation: 0, innovation: 0 } },
      },
      completeness: 0,
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
  });

  it('uses the current time by default and leaves out a missing revision', () => {
    const framework = sampleFramework();
    delete framework.revision;
    const assessment = createAssessment(framework);
    expect(assessment.framework).to.deep.equal({ id: 'test-kommune' });
    expect(Date.now() - Date.parse(assessment.createdAt)).to.be.within(0, 60_000);
  });
});

describe('withAnswer and withOffer', () => {
  it('return a new, re-scored assessment and leave the old one alone', () => {
    const framework = sampleFramework();
    const before = createAssessment(framework, { now: created });
    const after = withAnswer(framework, before, 'new', { value: 3 }, later);
    expect(before.answers).to.deep.equal({});
    expect(after.answers).to.deep.equal({ new: { value: 3 } });
    expect(after.scores.dimensions.innovation).to.equal(75);
    expect(after.scores.overall).to.equal(75);
    expect(after.completeness).to.equal(0.2);
    expect(after.updatedAt).to.equal(later.toISOString());
    expect(after.createdAt).to.equal(created.toISOString());
  });

  it('replace an answer in place and remove it with undefined', () => {
    const framework = sampleFramework();
    let assessment = filled();
    assessment = withAnswer(framework, assessment, 'goal-named', { value: 0 }, later);
    expect(Object.keys(assessment.answers)).to.deep.equal(['goal-named', 'goal-adds', 'new']);
    assessment = withAnswer(framework, assessment, 'goal-adds', undefined, later);
    expect(Object.keys(assessment.answers)).to.deep.equal(['goal-named', 'new']);
    expect(assessment.scores.dimensions.goals).to.equal(0);
  });

  it('keep even a hostile criterion id as plain data', () => {
    const framework = sampleFramework();
    const assessment = withAnswer(framework, filled(), '__proto__', { value: 1 }, later);
    expect(Object.getPrototypeOf(assessment.answers)).to.equal(Object.prototype);
    expect(Object.keys(assessment.answers)).to.include('__proto__');
  });

  it('merge offer changes and remove emptied fields', () => {
    const framework = sampleFramework();
    const assessment = withOffer(framework, filled(), { organisation: '', contact: 'post@lag.no' }, later);
    expect(assessment.offer).to.deep.equal({ title: 'Møteplass', orgNumber: '123456785', contact: 'post@lag.no' });
  });
});

describe('serializeAssessment', () => {
  it('writes stable JSON with two-space indent, keys in contract order, answers sorted', () => {
    const text = serializeAssessment(filled());
    expect(text.startsWith('{\n  "format": "merverdi-assessment",\n  "version": 1,\n  "framework": {')).to.equal(true);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).to.deep.equal([
      'format', 'version', 'framework', 'mode', 'lang', 'offer', 'answers', 'scores', 'completeness', 'createdAt', 'updatedAt',
    ]);
    expect(Object.keys(parsed.answers)).to.deep.equal(['goal-adds', 'goal-named', 'new']);
    expect(Object.keys(parsed.answers['goal-named'])).to.deep.equal(['value', 'comment', 'evidence']);
    expect(Object.keys(parsed.answers.new)).to.deep.equal(['notApplicable', 'reason', 'comment']);
    // Basis: goals fully answered (1), the rest not at all; axis weights 2, 1, 1.
    expect(parsed.scores).to.deep.equal({
      overall: 87.5,
      dimensions: { goals: 87.5, participation: null, innovation: null },
      basis: { overall: 0.5, dimensions: { goals: 1, participation: 0, innovation: 0 } },
    });
    expect(serializeAssessment(filled())).to.equal(text);
  });
});

describe('parseAssessment', () => {
  it('reads back what it wrote, without problems', () => {
    const original = filled();
    const { assessment, problems } = parseAssessment(asJson(original), sampleFramework());
    expect(problems).to.deep.equal([]);
    expect(assessment).to.deep.equal(original);
  });

  it('recomputes scores and completeness instead of trusting them', () => {
    const json = asJson(filled());
    json.scores = { overall: 100, dimensions: { goals: 100, participation: 100, innovation: 100 } };
    json.completeness = 1;
    const { assessment } = parseAssessment(json, sampleFramework());
    expect(assessment!.scores.overall).to.equal(87.5);
    expect(assessment!.completeness).to.equal(0.6);
  });

  it('keeps answers to criteria the framework does not have, with a warning', () => {
    const json = asJson(filled());
    json.answers['old-criterion'] = { value: 3, comment: 'Fra forrige utgave.' };
    const { assessment, problems } = parseAssessment(json, sampleFramework());
    expect(problemAt(problems, 'unknown-criterion', 'answers["old-criterion"]')?.severity).to.equal('warning');
    expect(assessment!.answers['old-criterion']).to.deep.equal({ value: 3, comment: 'Fra forrige utgave.' });
    expect(assessment!.scores.overall).to.equal(87.5);
    expect(JSON.parse(serializeAssessment(assessment!)).answers['old-criterion']).to.deep.equal({ value: 3, comment: 'Fra forrige utgave.' });
  });

  it('replaces broken dates with the given time, with a warning', () => {
    const json = asJson(filled());
    json.createdAt = '1. mars 2026';
    delete json.updatedAt;
    const now = new Date('2026-04-01T00:00:00.000Z');
    const { assessment, problems } = parseAssessment(json, sampleFramework(), { now });
    expect(problemAt(problems, 'bad-date', 'createdAt')?.severity).to.equal('warning');
    expect(problemAt(problems, 'bad-date', 'updatedAt')?.message.nb).to.equal(
      'Tidspunktet mangler; 2026-04-01T00:00:00.000Z er brukt i stedet.',
    );
    expect(assessment!.createdAt).to.equal(now.toISOString());
    expect(assessment!.updatedAt).to.equal(now.toISOString());
  });

  it('accepts ISO dates with an offset and reads lang "no" as bokmål', () => {
    const json = asJson(filled());
    json.createdAt = '2026-03-01T11:00:00+01:00';
    json.lang = 'no';
    const { assessment, problems } = parseAssessment(json, sampleFramework());
    expect(problems).to.deep.equal([]);
    expect(assessment!.createdAt).to.equal('2026-03-01T11:00:00+01:00');
    expect(assessment!.lang).to.equal('nb');
  });

  it('reads an old single evidence string as a list of one, normalised', () => {
    const json = asJson(filled());
    json.answers['goal-named'].evidence = ' https://Example.org/plan.pdf ';
    const { assessment, problems } = parseAssessment(json, sampleFramework());
    expect(problems).to.deep.equal([]);
    expect(assessment!.answers['goal-named']!.evidence).to.deep.equal(['https://example.org/plan.pdf']);
  });

  it('stores evidence lists normalised, without repeats, and an empty list as none', () => {
    const json = asJson(filled());
    json.answers['goal-named'].evidence = ['https://example.org/a b', 'HTTPS://example.org/a%20b', 'http://kommune.no'];
    json.answers['goal-adds'].evidence = [];
    const { assessment } = parseAssessment(json, sampleFramework());
    expect(assessment!.answers['goal-named']!.evidence).to.deep.equal(['https://example.org/a%20b', 'http://kommune.no/']);
    expect(assessment!.answers['goal-adds']).to.deep.equal({ value: 4 });
  });

  it('loads "not applicable" without a reason with a warning, and counts it as not dealt with', () => {
    const json = asJson(filled());
    delete json.answers.new.reason;
    const { assessment, problems } = parseAssessment(json, sampleFramework());
    expect(problems.map((p) => [p.code, p.severity])).to.deep.equal([['missing-reason', 'warning']]);
    expect(assessment!.answers.new).to.deep.equal({ notApplicable: true, comment: 'Finst alt.' });
    expect(assessment!.completeness).to.equal(0.4);
  });

  it('rejects "not applicable" on a required criterion, at the answer\'s path', () => {
    const framework = sampleFramework();
    framework.dimensions[2]!.criteria[0]!.required = true;
    const { assessment, problems } = parseAssessment(asJson(filled()), framework);
    expect(assessment).to.equal(undefined);
    const problem = problemAt(problems, 'required-not-applicable', 'answers.new');
    expect(problem?.severity).to.equal('error');
    expect(problem?.message.nn).to.equal('Dette kriteriet er obligatorisk og kan ikkje merkjast «ikkje relevant»; vel eit nivå.');
  });

  it('never trusts an imported basis', () => {
    const json = asJson(filled());
    json.scores.basis = { overall: 1, dimensions: { goals: 1, participation: 1, innovation: 1 } };
    const { assessment } = parseAssessment(json, sampleFramework());
    expect(assessment!.scores.basis).to.deep.equal({ overall: 0.5, dimensions: { goals: 1, participation: 0, innovation: 0 } });
  });

  it('reads, keeps and writes back the decision', () => {
    const json = asJson(filled());
    json.decision = {
      caseNumber: '2026/1234',
      assessor: { name: 'Ola Nordmann', role: 'Rådgiver, NAV' },
      impartial: true,
      conclusion: 'refer',
      referTo: 'inkludering',
      reasons: 'Passer best hos NAV.',
      decidedAt: '2026-11-30',
    };
    const { assessment, problems } = parseAssessment(json, sampleFramework());
    expect(problems).to.deep.equal([]);
    expect(assessment!.decision).to.deep.equal(json.decision);
    const written = JSON.parse(serializeAssessment(assessment!));
    expect(Object.keys(written)).to.deep.equal([
      'format', 'version', 'framework', 'mode', 'lang', 'offer', 'answers', 'scores', 'completeness', 'decision', 'createdAt', 'updatedAt',
    ]);
    expect(written.decision).to.deep.equal(json.decision);
    const timed = parseAssessment({ ...json, decision: { conclusion: 'follow-up', decidedAt: '2026-11-30T12:00:00+01:00' } }, sampleFramework());
    expect(timed.assessment!.decision).to.deep.equal({ conclusion: 'follow-up', decidedAt: '2026-11-30T12:00:00+01:00' });
  });

  it('keeps an organisation number that fails the check, with a warning that says why', () => {
    const json = asJson(filled());
    json.offer.orgNumber = '123 456 789';
    const { assessment, problems } = parseAssessment(json, sampleFramework());
    const problem = problemAt(problems, 'bad-org-number', 'offer.orgNumber');
    expect(problem?.severity).to.equal('warning');
    expect(problem?.message.nn).to.equal('«123 456 789» er ikkje eit gyldig organisasjonsnummer: kontrollsifferet stemmer ikkje.');
    expect(assessment!.offer.orgNumber).to.equal('123 456 789');
  });

  it('leaves hostile keys harmless', () => {
    const text = serializeAssessment(filled()).replace(
      '"answers": {',
      '"answers": {"__proto__": {"value": 4}, "constructor": {"value": 1},',
    );
    const { assessment, problems } = parseAssessment(JSON.parse(text), sampleFramework());
    expect(problemAt(problems, 'bad-answer-key', 'answers.__proto__')).to.not.equal(undefined);
    expect(problemAt(problems, 'unknown-criterion', 'answers.constructor')).to.not.equal(undefined);
    expect(Object.getPrototypeOf(assessment!.answers)).to.equal(Object.prototype);
    expect(Object.keys(assessment!.answers)).to.not.include('__proto__');
    expect(assessment!.answers.constructor).to.deep.equal({ value: 1 });
  });

  interface Case {
    name: string;
    breakIt: (json: Json) => Json;
    code: string;
    path: string;
    severity?: 'error' | 'warning';
  }
  const cases: Case[] = [
    { name: 'a string', breakIt: () => 'assessment', code: 'wrong-type', path: '' },
    { name: 'no format', breakIt: (a) => ({ ...a, format: undefined }), code: 'missing-field', path: 'format' },
    { name: 'a framework file', breakIt: (a) => ({ ...a, format: 'merverdi-framework' }), code: 'wrong-format', path: 'format' },
    { name: 'no version', breakIt: (a) => ({ ...a, version: undefined }), code: 'missing-field', path: 'version' },
    { name: 'version 2', breakIt: (a) => ({ ...a, version: 2 }), code: 'unsupported-version', path: 'version' },
    { name: 'version "1"', breakIt: (a) => ({ ...a, version: '1' }), code: 'wrong-type', path: 'version' },
    { name: 'no framework reference', breakIt: (a) => ({ ...a, framework: undefined }), code: 'missing-field', path: 'framework' },
    { name: 'a framework reference as a string', breakIt: (a) => ({ ...a, framework: 'test-kommune' }), code: 'wrong-type', path: 'framework' },
    { name: 'no framework id', breakIt: (a) => ({ ...a, framework: {} }), code: 'missing-field', path: 'framework.id' },
    { name: 'another framework', breakIt: (a) => ({ ...a, framework: { id: 'bergen' } }), code: 'other-framework', path: 'framework.id' },
    { name: 'another revision', breakIt: (a) => ({ ...a, framework: { id: 'test-kommune', revision: '2025-01' } }), code: 'other-revision', path: 'framework.revision', severity: 'warning' },
    { name: 'no revision', breakIt: (a) => ({ ...a, framework: { id: 'test-kommune' } }), code: 'other-revision', path: 'framework.revision', severity: 'warning' },
    { name: 'no mode', breakIt: (a) => ({ ...a, mode: undefined }), code: 'missing-field', path: 'mode' },
    { name: 'an unknown mode', breakIt: (a) => ({ ...a, mode: 'admin' }), code: 'unknown-mode', path: 'mode' },
    { name: 'an unknown language', breakIt: (a) => ({ ...a, lang: 'de' }), code: 'unknown-lang', path: 'lang', severity: 'warning' },
    { name: 'an unknown field', breakIt: (a) => ({ ...a, extra: true }), code: 'unknown-field', path: 'extra', severity: 'warning' },
    { name: 'an offer as a string', breakIt: (a) => ({ ...a, offer: 'x' }), code: 'wrong-type', path: 'offer' },
    { name: 'a too long offer title', breakIt: (a) => { a.offer.title = 'x'.repeat(301); return a; }, code: 'too-long', path: 'offer.title' },
    { name: 'a numeric organisation number', breakIt: (a) => { a.offer.orgNumber = 123456785; return a; }, code: 'wrong-type', path: 'offer.orgNumber' },
    { name: 'a short organisation number', breakIt: (a) => { a.offer.orgNumber = '12345'; return a; }, code: 'bad-org-number', path: 'offer.orgNumber', severity: 'warning' },
    { name: 'answers as a list', breakIt: (a) => ({ ...a, answers: [] }), code: 'wrong-type', path: 'answers' },
    { name: 'an answer key with capitals', breakIt: (a) => { a.answers.Design = { value: 2 }; return a; }, code: 'bad-answer-key', path: 'answers.Design', severity: 'warning' },
    { name: 'an answer that is a number', breakIt: (a) => { a.answers.design = 3; return a; }, code: 'wrong-type', path: 'answers.design' },
    { name: 'a value off the scale', breakIt: (a) => { a.answers.design = { value: 0 }; return a; }, code: 'value-not-on-scale', path: 'answers.design.value' },
    { name: 'a value between levels', breakIt: (a) => { a.answers['goal-adds'] = { value: 3.5 }; return a; }, code: 'value-not-on-scale', path: 'answers["goal-adds"].value' },
    { name: 'a value as a string', breakIt: (a) => { a.answers.design = { value: '3' }; return a; }, code: 'wrong-type', path: 'answers.design.value' },
    { name: 'not applicable where it is not allowed', breakIt: (a) => { a.answers.delivery = { notApplicable: true }; return a; }, code: 'not-applicable-not-allowed', path: 'answers.delivery.notApplicable' },
    { name: 'notApplicable as a string', breakIt: (a) => { a.answers.new = { notApplicable: 'yes' }; return a; }, code: 'wrong-type', path: 'answers.new.notApplicable' },
    { name: 'a value and not applicable', breakIt: (a) => { a.answers.new = { value: 1, notApplicable: true }; return a; }, code: 'ambiguous-answer', path: 'answers.new' },
    { name: 'an empty answer', breakIt: (a) => { a.answers.new = { comment: 'Hm.' }; return a; }, code: 'empty-answer', path: 'answers.new' },
    { name: 'notApplicable false and no value', breakIt: (a) => { a.answers.new = { notApplicable: false }; return a; }, code: 'empty-answer', path: 'answers.new' },
    { name: 'a javascript: evidence link', breakIt: (a) => { a.answers['goal-named'].evidence = 'javascript:alert(1)'; return a; }, code: 'unsafe-url', path: 'answers["goal-named"].evidence' },
    { name: 'a relative evidence link', breakIt: (a) => { a.answers['goal-named'].evidence = '/plan.pdf'; return a; }, code: 'unsafe-url', path: 'answers["goal-named"].evidence' },
    { name: 'a data: link in an evidence list', breakIt: (a) => { a.answers['goal-named'].evidence = ['https://a.no', 'data:text/html,x']; return a; }, code: 'unsafe-url', path: 'answers["goal-named"].evidence[1]' },
    { name: 'six evidence links', breakIt: (a) => { a.answers['goal-named'].evidence = [1, 2, 3, 4, 5, 6].map((n) => `https://a.no/${n}`); return a; }, code: 'too-many-evidence-links', path: 'answers["goal-named"].evidence' },
    { name: 'evidence as an object', breakIt: (a) => { a.answers['goal-named'].evidence = { url: 'https://a.no' }; return a; }, code: 'wrong-type', path: 'answers["goal-named"].evidence' },
    { name: 'a numeric evidence link', breakIt: (a) => { a.answers['goal-named'].evidence = [42]; return a; }, code: 'wrong-type', path: 'answers["goal-named"].evidence[0]' },
    { name: 'not applicable without a reason', breakIt: (a) => { delete a.answers.new.reason; return a; }, code: 'missing-reason', path: 'answers.new.reason', severity: 'warning' },
    { name: 'not applicable with a blank reason', breakIt: (a) => { a.answers.new.reason = '   '; return a; }, code: 'missing-reason', path: 'answers.new.reason', severity: 'warning' },
    { name: 'a numeric reason', breakIt: (a) => { a.answers.new.reason = 7; return a; }, code: 'wrong-type', path: 'answers.new.reason' },
    { name: 'a too long reason', breakIt: (a) => { a.answers.new.reason = 'x'.repeat(1001); return a; }, code: 'too-long', path: 'answers.new.reason' },
    { name: 'a reason on an answer with a value', breakIt: (a) => { a.answers.design = { value: 3, reason: 'Fordi.' }; return a; }, code: 'reason-without-not-applicable', path: 'answers.design.reason', severity: 'warning' },
    { name: 'a decision that is a string', breakIt: (a) => ({ ...a, decision: 'ja' }), code: 'wrong-type', path: 'decision' },
    { name: 'a decision without a conclusion', breakIt: (a) => ({ ...a, decision: { caseNumber: '2026/1' } }), code: 'missing-field', path: 'decision.conclusion' },
    { name: 'an unknown conclusion', breakIt: (a) => ({ ...a, decision: { conclusion: 'approve' } }), code: 'unknown-conclusion', path: 'decision.conclusion' },
    { name: 'a decision date that is not ISO 8601', breakIt: (a) => ({ ...a, decision: { conclusion: 'refer', decidedAt: '30.11.2026' } }), code: 'bad-date', path: 'decision.decidedAt' },
    { name: 'a decision date that does not exist', breakIt: (a) => ({ ...a, decision: { conclusion: 'refer', decidedAt: '2026-02-30' } }), code: 'bad-date', path: 'decision.decidedAt' },
    { name: 'an assessor without a name', breakIt: (a) => ({ ...a, decision: { conclusion: 'refer', assessor: { role: 'Rådgiver' } } }), code: 'missing-field', path: 'decision.assessor.name' },
    { name: 'impartial as a string', breakIt: (a) => ({ ...a, decision: { conclusion: 'refer', impartial: 'ja' } }), code: 'wrong-type', path: 'decision.impartial' },
    { name: 'a too long case number', breakIt: (a) => ({ ...a, decision: { conclusion: 'refer', caseNumber: 'x'.repeat(301) } }), code: 'too-long', path: 'decision.caseNumber' },
    { name: 'too long decision reasons', breakIt: (a) => ({ ...a, decision: { conclusion: 'decline', reasons: 'x'.repeat(5001) } }), code: 'too-long', path: 'decision.reasons' },
    { name: 'an unknown decision field', breakIt: (a) => ({ ...a, decision: { conclusion: 'refer', vote: 3 } }), code: 'unknown-field', path: 'decision.vote', severity: 'warning' },
    { name: 'a too long comment', breakIt: (a) => { a.answers.new.comment = 'x'.repeat(5001); return a; }, code: 'too-long', path: 'answers.new.comment' },
    { name: 'an unknown answer field', breakIt: (a) => { a.answers.new.score = 3; return a; }, code: 'unknown-field', path: 'answers.new.score', severity: 'warning' },
    { name: 'a date without a zone', breakIt: (a) => ({ ...a, createdAt: '2026-03-01T10:00:00' }), code: 'bad-date', path: 'createdAt', severity: 'warning' },
    { name: 'an impossible date', breakIt: (a) => ({ ...a, updatedAt: '2026-13-45T10:00:00Z' }), code: 'bad-date', path: 'updatedAt', severity: 'warning' },
    {
      name: '1001 answers',
      breakIt: (a) => {
        for (let i = 0; i < 1001; i += 1) a.answers[`x${i}`] = { value: 1 };
        return a;
      },
      code: 'too-many-answers',
      path: 'answers',
    },
  ];

  for (const { name, breakIt, code, path, severity = 'error' } of cases) {
    it(`reports ${code} at "${path}" for ${name}`, () => {
      const { assessment, problems } = parseAssessment(breakIt(asJson(filled())), sampleFramework());
      const problem = problemAt(problems, code, path);
      expect(problem, JSON.stringify(problems.map((p) => [p.code, p.path]))).to.not.equal(undefined);
      expect(problem!.severity).to.equal(severity);
      for (const lang of ['nb', 'nn', 'en'] as const) expect(problem!.message[lang]).to.be.a('string').with.length.above(0);
      if (severity === 'error') expect(assessment).to.equal(undefined);
      else expect(assessment).to.not.equal(undefined);
    });
  }
});
