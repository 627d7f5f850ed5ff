import { expect } from '@open-wc/testing';
import { createAssessment } from '../../src/assessment/create-assessment.js';
import { parseAssessment } from '../../src/assessment/parse-assessment.js';
import { serializeAssessment } from '../../src/assessment/serialize-assessment.js';
import type { Answer, Assessment } from '../../src/assessment/types.js';
import { withScores } from '../../src/assessment/update.js';
import { agreedAssessment } from '../../src/case/agreed-assessment.js';
import { sampleFramework } from './fixtures.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function official(answers: Record<string, Answer>, at: string, assessor?: string): Assessment {
  const framework = sampleFramework();
  const base = createAssessment(framework, { mode: 'official', lang: 'nb', now: new Date(at) });
  return withScores(framework, {
    ...base,
    offer: { title: 'Arbeidstrening i kafé' },
    answers,
    ...(assessor ? { decision: { conclusion: 'undecided', assessor: { name: assessor } } } : {}),
  });
}

describe('an agreed assessment records the assessments it rests on (basedOn)', () => {
  const framework = sampleFramework();
  const mine = official({ 'goal-named': { value: 2 }, design: { value: 3 } }, '2026-11-02T09:00:00.000Z', 'Kari Nordmann');
  const theirs = official({ 'goal-named': { value: 4 }, design: { value: 3 } }, '2026-11-03T09:00:00.000Z');

  it('names both assessors, their roles and dates', () => {
    const result = agreedAssessment(
      framework,
      mine,
      theirs,
      { 'goal-named': { answer: { value: 3 }, note: 'Enige.' } },
      new Date('2026-11-30T12:00:00.000Z'),
      { theirs: 'Per Olsen' },
    );
    // A new assessment, made now: it comes after both sources among the offer's versions.
    expect(result.assessment!.createdAt).to.equal('2026-11-30T12:00:00.000Z');
    expect(result.assessment!.basedOn).to.deep.equal([
      { assessor: 'Kari Nordmann', mode: 'official', createdAt: '2026-11-02T09:00:00.000Z', updatedAt: '2026-11-02T09:00:00.000Z' },
      { assessor: 'Per Olsen', mode: 'official', createdAt: '2026-11-03T09:00:00.000Z', updatedAt: '2026-11-03T09:00:00.000Z' },
    ]);
  });

  it('survives writing and reading back, in the contract order', () => {
    const agreed = agreedAssessment(framework, mine, theirs, { 'goal-named': { answer: { value: 3 }, note: 'Enige.' } }).assessment!;
    const written = JSON.parse(serializeAssessment(agreed)) as Json;
    expect(Object.keys(written).slice(-4)).to.deep.equal(['decision', 'basedOn', 'createdAt', 'updatedAt']);
    const { assessment, problems } = parseAssessment(written, framework);
    expect(problems).to.deep.equal([]);
    expect(assessment!.basedOn).to.deep.equal(agreed.basedOn);
  });

  it('is left out of a document made by one assessor', () => {
    const written = JSON.parse(serializeAssessment(mine)) as Json;
    expect(written).not.to.have.property('basedOn');
    expect(parseAssessment(written, framework).assessment).not.to.have.property('basedOn');
  });

  it('reports a broken source with its path, in three languages, and rejects the document', () => {
    const json = JSON.parse(serializeAssessment(mine)) as Json;
    json.basedOn = [{ assessor: 'Kari', mode: 'colleague', createdAt: 'i går', updatedAt: '2026-11-02T09:00:00.000Z', extra: 1 }];
    const { assessment, problems } = parseAssessment(json, framework);
    expect(assessment).to.equal(undefined);
    const at = (code: string, path: string) => problems.find((problem) => problem.code === code && problem.path === path);
    expect(at('unknown-mode', 'basedOn[0].mode')?.severity).to.equal('error');
    expect(at('bad-date', 'basedOn[0].createdAt')?.message.nn).to.contain('ikkje ein gyldig dato');
    expect(at('unknown-field', 'basedOn[0].extra')?.severity).to.equal('warning');
  });

  it('refuses more sources than the limit, and a list that is not a list', () => {
    const json = JSON.parse(serializeAssessment(mine)) as Json;
    const one = { mode: 'official', createdAt: '2026-11-02T09:00:00.000Z', updatedAt: '2026-11-02T09:00:00.000Z' };
    json.basedOn = Array.from({ length: 11 }, () => one);
    expect(parseAssessment(json, framework).problems.map((problem) => problem.code)).to.include('too-many-sources');
    json.basedOn = one;
    expect(parseAssessment(json, framework).problems.map((problem) => problem.code)).to.include('wrong-type');
  });
});
