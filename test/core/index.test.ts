import { expect } from '@open-wc/testing';
import * as core from '../../src/index.js';

describe('merverdi/core', () => {
  it('exports the public API', () => {
    for (const name of [
      'parseFramework',
      'parseAssessment',
      'scoreAssessment',
      'createAssessment',
      'summarize',
      'resolveText',
      'normalizeLang',
      'safeUrl',
      'checkOrgNumber',
      'serializeAssessment',
      'withAnswer',
      'withOffer',
    ] as const) {
      expect(core[name], name).to.be.a('function');
    }
    expect(core.sustainableDevelopmentGoals).to.have.length(17);
  });

  it('ships a default framework that passes its own validation without a single problem', () => {
    const { framework, problems } = core.parseFramework(core.defaultFramework);
    expect(problems).to.deep.equal([]);
    expect(framework).to.deep.equal(JSON.parse(JSON.stringify(core.defaultFramework)));
  });

  it('creates, answers, scores and reads back an assessment of the default framework', () => {
    const framework = core.defaultFramework;
    const [first] = framework.dimensions;
    let assessment = core.createAssessment(framework, { lang: 'en' });
    for (const criterion of first!.criteria) {
      const levels = core.effectiveScale(framework, criterion).levels;
      assessment = core.withAnswer(framework, assessment, criterion.id, { value: levels[levels.length - 1]!.value });
    }
    expect(assessment.scores.dimensions[first!.id]).to.equal(100);
    expect(assessment.scores.overall).to.equal(100);
    const { assessment: read, problems } = core.parseAssessment(JSON.parse(core.serializeAssessment(assessment)), framework);
    expect(problems).to.deep.equal([]);
    expect(read).to.deep.equal(assessment);
  });
});
