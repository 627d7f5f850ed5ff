import { expect } from '@open-wc/testing';
import { parseFramework } from '../../src/framework/parse-framework.js';
import type { Problem } from '../../src/problems/problem.js';
import { sampleFramework, t } from './fixtures.js';

/** The sample framework as plain JSON data, free to break. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
function sample(): Json {
  return JSON.parse(JSON.stringify(sampleFramework()));
}

function problemAt(problems: Problem[], code: string, path: string): Problem | undefined {
  return problems.find((problem) => problem.code === code && problem.path === path);
}

/** One broken framework, and the problem it must produce. */
interface Case {
  name: string;
  breakIt: (framework: Json) => Json;
  code: string;
  path: string;
  severity?: 'error' | 'warning';
}

const long = (length: number) => 'x'.repeat(length);
const dimension = (id: string) => ({ id, title: t(id), criteria: [{ id: `${id}-c`, title: t('c') }] });
/** The sample with two goals, the first served by `goal-named`. */
const withGoals = (f: Json): Json => {
  f.goals = [
    { id: 'arbeid', title: t('Flere i arbeid') },
    { id: 'helse', title: t('God folkehelse'), source: { plan: t('Kommuneplanens samfunnsdel'), adopted: '2024-06-19' } },
  ];
  f.dimensions[0].criteria[0].goals = ['arbeid'];
  return f;
};

const cases: Case[] = [
  { name: 'not an object', breakIt: () => 'framework', code: 'wrong-type', path: '' },
  { name: 'an array at the root', breakIt: () => [], code: 'wrong-type', path: '' },
  { name: 'no format', breakIt: (f) => ({ ...f, format: undefined }), code: 'missing-field', path: 'format' },
  { name: 'another format', breakIt: (f) => ({ ...f, format: 'merverdi-assessment' }), code: 'wrong-format', path: 'format' },
  { name: 'no version', breakIt: (f) => ({ ...f, version: undefined }), code: 'missing-field', path: 'version' },
  { name: 'version 2', breakIt: (f) => ({ ...f, version: 2 }), code: 'unsupported-version', path: 'version' },
  { name: 'version as a string', breakIt: (f) => ({ ...f, version: '1' }), code: 'wrong-type', path: 'version' },
  { name: 'an id with capitals', breakIt: (f) => ({ ...f, id: 'Min-Kommune' }), code: 'bad-id', path: 'id' },
  { name: 'an id starting with a hyphen', breakIt: (f) => ({ ...f, id: '-x' }), code: 'bad-id', path: 'id' },
  { name: 'a too long id', breakIt: (f) => ({ ...f, id: long(65) }), code: 'too-long', path: 'id' },
  { name: 'no id', breakIt: (f) => ({ ...f, id: undefined }), code: 'missing-field', path: 'id' },
  { name: 'a numeric id', breakIt: (f) => ({ ...f, id: 7 }), code: 'wrong-type', path: 'id' },
  { name: 'no title', breakIt: (f) => ({ ...f, title: undefined }), code: 'missing-field', path: 'title' },
  { name: 'a title of no language', breakIt: (f) => ({ ...f, title: { se: 'Sámi' } }), code: 'text-without-language', path: 'title' },
  { name: 'an empty title', breakIt: (f) => ({ ...f, title: '  ' }), code: 'text-without-language', path: 'title' },
  { name: 'a numeric title', breakIt: (f) => ({ ...f, title: 5 }), code: 'wrong-type', path: 'title' },
  { name: 'a numeric translation', breakIt: (f) => ({ ...f, title: { nb: 'A', nn: 5, en: 'A' } }), code: 'wrong-type', path: 'title.nn' },
  { name: 'a missing translation', breakIt: (f) => ({ ...f, title: { nb: 'Bare bokmål' } }), code: 'missing-translation', path: 'title', severity: 'warning' },
  { name: 'a too long description', breakIt: (f) => ({ ...f, description: long(5001) }), code: 'too-long', path: 'description' },
  { name: 'a too long translation', breakIt: (f) => ({ ...f, description: { nb: long(5001) } }), code: 'too-long', path: 'description.nb' },
  { name: 'an unknown field', breakIt: (f) => ({ ...f, weigth: 2 }), code: 'unknown-field', path: 'weigth', severity: 'warning' },
  { name: 'a numeric revision', breakIt: (f) => ({ ...f, revision: 2026 }), code: 'wrong-type', path: 'revision' },
  { name: 'an owner that is a string', breakIt: (f) => ({ ...f, owner: 'Kommunen' }), code: 'wrong-type', path: 'owner' },
  { name: 'an owner without a name', breakIt: (f) => ({ ...f, owner: { url: 'https://k.no' } }), code: 'missing-field', path: 'owner.name' },
  { name: 'a javascript: owner url', breakIt: (f) => ({ ...f, owner: { name: 'K', url: 'javascript:alert(1)' } }), code: 'unsafe-url', path: 'owner.url' },
  { name: 'a mailto: owner url', breakIt: (f) => ({ ...f, owner: { name: 'K', url: 'mailto:a@b.no' } }), code: 'unsafe-url', path: 'owner.url' },
  { name: 'a three-digit kommunenummer', breakIt: (f) => ({ ...f, owner: { name: 'K', kommunenummer: '460' } }), code: 'bad-kommunenummer', path: 'owner.kommunenummer', severity: 'warning' },
  { name: 'a non-boolean allowNotApplicable', breakIt: (f) => ({ ...f, allowNotApplicable: 'yes' }), code: 'wrong-type', path: 'allowNotApplicable' },
  { name: 'no dimensions', breakIt: (f) => ({ ...f, dimensions: undefined }), code: 'missing-field', path: 'dimensions' },
  { name: 'dimensions as an object', breakIt: (f) => ({ ...f, dimensions: {} }), code: 'wrong-type', path: 'dimensions' },
  { name: 'two dimensions', breakIt: (f) => ({ ...f, dimensions: f.dimensions.slice(0, 2) }), code: 'too-few-dimensions', path: 'dimensions' },
  {
    name: 'twenty-one dimensions',
    breakIt: (f) => ({ ...f, dimensions: Array.from({ length: 21 }, (_, i) => dimension(`d${i}`)), guidance: undefined }),
    code: 'too-many-dimensions',
    path: 'dimensions',
  },
  {
    name: '301 criteria',
    breakIt: (f) => {
      f.dimensions[0].criteria = Array.from({ length: 299 }, (_, i) => ({ id: `many-${i}`, title: 'c' }));
      return f;
    },
    code: 'too-many-criteria',
    path: 'dimensions',
  },
  { name: 'a dimension that is a string', breakIt: (f) => { f.dimensions[1] = 'x'; return f; }, code: 'wrong-type', path: 'dimensions[1]' },
  { name: 'two dimensions with one id', breakIt: (f) => { f.dimensions[2].id = 'goals'; return f; }, code: 'duplicate-id', path: 'dimensions[2].id' },
  { name: 'a dimension without a title', breakIt: (f) => { delete f.dimensions[0].title; return f; }, code: 'missing-field', path: 'dimensions[0].title' },
  { name: 'a dimension with a bad id', breakIt: (f) => { f.dimensions[0].id = 'mål'; return f; }, code: 'bad-id', path: 'dimensions[0].id' },
  { name: 'a negative weight', breakIt: (f) => { f.dimensions[1].weight = -1; return f; }, code: 'bad-weight', path: 'dimensions[1].weight' },
  { name: 'a weight as a string', breakIt: (f) => { f.dimensions[1].weight = '2'; return f; }, code: 'bad-weight', path: 'dimensions[1].weight' },
  { name: 'a huge weight', breakIt: (f) => { f.dimensions[0].criteria[1].weight = 1e6; return f; }, code: 'bad-weight', path: 'dimensions[0].criteria[1].weight' },
  { name: 'a target above 100', breakIt: (f) => { f.dimensions[0].target = 101; return f; }, code: 'target-out-of-range', path: 'dimensions[0].target' },
  { name: 'a target below 0', breakIt: (f) => { f.dimensions[0].target = -5; return f; }, code: 'target-out-of-range', path: 'dimensions[0].target' },
  { name: 'a target as a string', breakIt: (f) => { f.dimensions[0].target = 'high'; return f; }, code: 'wrong-type', path: 'dimensions[0].target' },
  { name: 'goal 18', breakIt: (f) => { f.dimensions[0].sdg = [3, 18]; return f; }, code: 'sdg-out-of-range', path: 'dimensions[0].sdg[1]' },
  { name: 'goal 2.5', breakIt: (f) => { f.dimensions[0].criteria[0].sdg = [2.5]; return f; }, code: 'sdg-out-of-range', path: 'dimensions[0].criteria[0].sdg[0]' },
  { name: 'sdg as a number', breakIt: (f) => { f.dimensions[0].sdg = 3; return f; }, code: 'wrong-type', path: 'dimensions[0].sdg' },
  { name: 'eighteen goals', breakIt: (f) => { f.dimensions[0].sdg = Array.from({ length: 18 }, (_, i) => (i % 17) + 1); return f; }, code: 'too-many-sdg', path: 'dimensions[0].sdg' },
  { name: 'a contact that is a string', breakIt: (f) => { f.dimensions[0].contact = 'Kari'; return f; }, code: 'wrong-type', path: 'dimensions[0].contact' },
  { name: 'a data: contact url', breakIt: (f) => { f.dimensions[0].contact.url = 'data:text/html,<b>x</b>'; return f; }, code: 'unsafe-url', path: 'dimensions[0].contact.url' },
  { name: 'a contact url with a user name', breakIt: (f) => { f.dimensions[0].contact.url = 'https://kommune.no@evil.example'; return f; }, code: 'unsafe-url', path: 'dimensions[0].contact.url' },
  { name: 'a bad e-mail', breakIt: (f) => { f.dimensions[0].contact.email = 'kari at kommune'; return f; }, code: 'bad-email', path: 'dimensions[0].contact.email' },
  { name: 'an e-mail with a query', breakIt: (f) => { f.dimensions[0].contact.email = 'a@b.no?cc=x@y.no'; return f; }, code: 'bad-email', path: 'dimensions[0].contact.email' },
  { name: 'a bad phone', breakIt: (f) => { f.dimensions[0].contact.phone = 'javascript:alert(1)'; return f; }, code: 'bad-phone', path: 'dimensions[0].contact.phone' },
  { name: 'no criteria', breakIt: (f) => { f.dimensions[2].criteria = []; return f; }, code: 'no-criteria', path: 'dimensions[2].criteria' },
  { name: 'criteria missing', breakIt: (f) => { delete f.dimensions[2].criteria; return f; }, code: 'missing-field', path: 'dimensions[2].criteria' },
  { name: 'criteria as a string', breakIt: (f) => { f.dimensions[2].criteria = 'x'; return f; }, code: 'wrong-type', path: 'dimensions[2].criteria' },
  { name: 'a criterion that is null', breakIt: (f) => { f.dimensions[2].criteria = [null]; return f; }, code: 'wrong-type', path: 'dimensions[2].criteria[0]' },
  { name: 'a criterion id used on another axis', breakIt: (f) => { f.dimensions[2].criteria[0].id = 'design'; return f; }, code: 'duplicate-id', path: 'dimensions[2].criteria[0].id' },
  { name: 'a criterion with a bad id', breakIt: (f) => { f.dimensions[1].criteria[1].id = 'Delivery'; return f; }, code: 'bad-id', path: 'dimensions[1].criteria[1].id' },
  { name: 'a criterion allowNotApplicable as a string', breakIt: (f) => { f.dimensions[1].criteria[1].allowNotApplicable = 'no'; return f; }, code: 'wrong-type', path: 'dimensions[1].criteria[1].allowNotApplicable' },
  { name: 'a scale that is an array', breakIt: (f) => ({ ...f, scale: [] }), code: 'wrong-type', path: 'scale' },
  { name: 'a scale without levels', breakIt: (f) => ({ ...f, scale: {} }), code: 'missing-field', path: 'scale.levels' },
  { name: 'levels as an object', breakIt: (f) => ({ ...f, scale: { levels: {} } }), code: 'wrong-type', path: 'scale.levels' },
  { name: 'a scale with one level', breakIt: (f) => ({ ...f, scale: { levels: [{ value: 0, label: 'a' }] } }), code: 'too-few-levels', path: 'scale.levels' },
  {
    name: 'a scale with twelve levels',
    breakIt: (f) => ({ ...f, scale: { levels: Array.from({ length: 12 }, (_, value) => ({ value, label: `${value}` })) } }),
    code: 'too-many-levels',
    path: 'scale.levels',
  },
  {
    name: 'levels that go down',
    breakIt: (f) => { f.dimensions[1].criteria[0].scale.levels[3].value = 2; return f; },
    code: 'levels-not-increasing',
    path: 'dimensions[1].criteria[0].scale.levels[3].value',
  },
  { name: 'a level that is a number', breakIt: (f) => { f.dimensions[1].criteria[0].scale.levels[0] = 1; return f; }, code: 'wrong-type', path: 'dimensions[1].criteria[0].scale.levels[0]' },
  { name: 'a level without a value', breakIt: (f) => { delete f.dimensions[1].criteria[0].scale.levels[0].value; return f; }, code: 'missing-field', path: 'dimensions[1].criteria[0].scale.levels[0].value' },
  { name: 'a level without a label', breakIt: (f) => { delete f.dimensions[1].criteria[0].scale.levels[0].label; return f; }, code: 'missing-field', path: 'dimensions[1].criteria[0].scale.levels[0].label' },
  { name: 'a level value of 1e9', breakIt: (f) => { f.dimensions[1].criteria[0].scale.levels[4].value = 1e9; return f; }, code: 'level-out-of-range', path: 'dimensions[1].criteria[0].scale.levels[4].value' },
  { name: 'guidance as an object', breakIt: (f) => ({ ...f, guidance: {} }), code: 'wrong-type', path: 'guidance' },
  { name: 'a guidance rule that is a string', breakIt: (f) => { f.guidance[0] = 'x'; return f; }, code: 'wrong-type', path: 'guidance[0]' },
  { name: 'guidance for an unknown axis', breakIt: (f) => { f.guidance[1].when.dimension = 'economy'; return f; }, code: 'unknown-dimension', path: 'guidance[1].when.dimension' },
  { name: 'guidance without a condition', breakIt: (f) => { delete f.guidance[0].when; return f; }, code: 'missing-field', path: 'guidance[0].when' },
  { name: 'a condition that is a list', breakIt: (f) => { f.guidance[0].when = []; return f; }, code: 'wrong-type', path: 'guidance[0].when' },
  { name: 'guidance without text', breakIt: (f) => { delete f.guidance[0].text; return f; }, code: 'missing-field', path: 'guidance[0].text' },
  { name: 'a threshold as a string', breakIt: (f) => { f.guidance[0].when.below = '50'; return f; }, code: 'wrong-type', path: 'guidance[0].when.below' },
  { name: 'a rule that never applies', breakIt: (f) => { f.guidance[2].when = { dimension: 'goals', below: 20, atLeast: 30 }; return f; }, code: 'guidance-never-applies', path: 'guidance[2].when', severity: 'warning' },
  { name: 'goals as an object', breakIt: (f) => ({ ...f, goals: {} }), code: 'wrong-type', path: 'goals' },
  { name: 'a goal that is a string', breakIt: (f) => ({ ...withGoals(f), goals: ['arbeid'] }), code: 'wrong-type', path: 'goals[0]' },
  { name: 'a goal without a title', breakIt: (f) => { withGoals(f).goals[1].title = undefined; return f; }, code: 'missing-field', path: 'goals[1].title' },
  { name: 'a goal with a bad id', breakIt: (f) => { withGoals(f).goals[1].id = 'Helse'; return f; }, code: 'bad-id', path: 'goals[1].id' },
  { name: 'two goals with one id', breakIt: (f) => { withGoals(f).goals[1].id = 'arbeid'; return f; }, code: 'duplicate-id', path: 'goals[1].id' },
  { name: 'a goal source without a plan', breakIt: (f) => { delete withGoals(f).goals[1].source.plan; return f; }, code: 'missing-field', path: 'goals[1].source.plan' },
  { name: 'an adoption date that is not a date', breakIt: (f) => { withGoals(f).goals[1].source.adopted = '19.06.2024'; return f; }, code: 'bad-date', path: 'goals[1].source.adopted' },
  { name: 'an adoption date that does not exist', breakIt: (f) => { withGoals(f).goals[1].source.adopted = '2023-02-29'; return f; }, code: 'bad-date', path: 'goals[1].source.adopted' },
  { name: 'a javascript: source url', breakIt: (f) => { withGoals(f).goals[1].source.url = 'javascript:alert(1)'; return f; }, code: 'unsafe-url', path: 'goals[1].source.url' },
  { name: 'a goal owner with a bad e-mail', breakIt: (f) => { withGoals(f).goals[0].owner = { email: 'nav at kommune' }; return f; }, code: 'bad-email', path: 'goals[0].owner.email' },
  { name: 'an unknown field on a goal', breakIt: (f) => { withGoals(f).goals[0].owner2 = 1; return f; }, code: 'unknown-field', path: 'goals[0].owner2', severity: 'warning' },
  { name: 'a criterion serving an unknown goal', breakIt: (f) => { withGoals(f).dimensions[1].criteria[0].goals = ['helse', 'bolig']; return f; }, code: 'unknown-goal', path: 'dimensions[1].criteria[0].goals[1]' },
  { name: 'a criterion goal without any goals', breakIt: (f) => { f.dimensions[0].criteria[1].goals = ['arbeid']; return f; }, code: 'unknown-goal', path: 'dimensions[0].criteria[1].goals[0]' },
  { name: 'criterion goals as a string', breakIt: (f) => { withGoals(f).dimensions[0].criteria[0].goals = 'arbeid'; return f; }, code: 'wrong-type', path: 'dimensions[0].criteria[0].goals' },
  { name: 'required as a string', breakIt: (f) => { f.dimensions[0].criteria[0].required = 'yes'; return f; }, code: 'wrong-type', path: 'dimensions[0].criteria[0].required' },
  { name: 'required that also allows not applicable', breakIt: (f) => { Object.assign(f.dimensions[0].criteria[0], { required: true, allowNotApplicable: true }); return f; }, code: 'required-not-applicable', path: 'dimensions[0].criteria[0].allowNotApplicable', severity: 'warning' },
  { name: 'a numeric assessorHelp', breakIt: (f) => { f.dimensions[0].criteria[0].assessorHelp = 3; return f; }, code: 'wrong-type', path: 'dimensions[0].criteria[0].assessorHelp' },
  { name: 'minBasis above 1', breakIt: (f) => ({ ...f, minBasis: 50 }), code: 'min-basis-out-of-range', path: 'minBasis' },
  { name: 'a negative minBasis', breakIt: (f) => ({ ...f, minBasis: -0.1 }), code: 'min-basis-out-of-range', path: 'minBasis' },
  { name: 'minBasis as a string', breakIt: (f) => ({ ...f, minBasis: '0.5' }), code: 'wrong-type', path: 'minBasis' },
  {
    name: '201 guidance rules',
    breakIt: (f) => ({ ...f, guidance: Array.from({ length: 201 }, () => ({ when: { dimension: 'goals' }, text: t('x') })) }),
    code: 'too-many-guidance-rules',
    path: 'guidance',
  },
];

describe('parseFramework', () => {
  it('accepts the sample framework without a single problem, as a clean copy', () => {
    const input = sampleFramework();
    const { framework, problems } = parseFramework(input);
    expect(problems).to.deep.equal([]);
    expect(framework).to.deep.equal(input);
    expect(framework).not.to.equal(input);
  });

  for (const { name, breakIt, code, path, severity = 'error' } of cases) {
    it(`reports ${code} at "${path}" for ${name}`, () => {
      const { framework, problems } = parseFramework(breakIt(sample()));
      const problem = problemAt(problems, code, path);
      expect(problem, JSON.stringify(problems.map((p) => [p.code, p.path]))).to.not.equal(undefined);
      expect(problem!.severity).to.equal(severity);
      for (const lang of ['nb', 'nn', 'en'] as const) expect(problem!.message[lang]).to.be.a('string').with.length.above(0);
      if (severity === 'error') expect(framework).to.equal(undefined);
      else expect(framework).to.not.equal(undefined);
    });
  }

  it('reads goals, criterion goals, required, assessorHelp and minBasis', () => {
    const input = withGoals(sample());
    input.goals[1].source.url = 'https://KOMMUNE.no/plan';
    input.goals[1].owner = { unit: t('Folkehelsekoordinator'), name: 'Kari Nordmann', email: 'mailto:kari@kommune.no', phone: '+47 12 34 56 78' };
    input.dimensions[0].criteria[1].goals = ['helse', 'arbeid', 'helse'];
    input.dimensions[0].criteria[1].required = true;
    input.dimensions[0].criteria[1].assessorHelp = t('Se etter tall fra de siste to årene.');
    input.minBasis = 0.6;
    const { framework, problems } = parseFramework(input);
    expect(problems).to.deep.equal([]);
    expect(framework!.goals).to.deep.equal([
      { id: 'arbeid', title: t('Flere i arbeid') },
      {
        id: 'helse',
        title: t('God folkehelse'),
        source: { plan: t('Kommuneplanens samfunnsdel'), adopted: '2024-06-19', url: 'https://kommune.no/plan' },
        owner: { unit: t('Folkehelsekoordinator'), name: 'Kari Nordmann', email: 'kari@kommune.no', phone: '+47 12 34 56 78' },
      },
    ]);
    const criterion = framework!.dimensions[0]!.criteria[1]!;
    expect(criterion.goals).to.deep.equal(['helse', 'arbeid']);
    expect(criterion.required).to.equal(true);
    expect(criterion.assessorHelp).to.deep.equal(t('Se etter tall fra de siste to årene.'));
    expect(framework!.minBasis).to.equal(0.6);
  });

  it('names an unknown goal id in three languages', () => {
    const input = withGoals(sample());
    input.dimensions[2].criteria[0].goals = ['bolig'];
    const problem = parseFramework(input).problems.find((p) => p.code === 'unknown-goal')!;
    expect(problem.path).to.equal('dimensions[2].criteria[0].goals[0]');
    expect(problem.message).to.deep.equal({
      nb: 'Målet «bolig» finnes ikke i rammeverkets «goals»; et kriterium kan bare vise til mål som er definert der.',
      nn: 'Målet «bolig» finst ikkje i «goals» i rammeverket; eit kriterium kan berre vise til mål som er definerte der.',
      en: 'The goal "bolig" is not in the framework\'s "goals"; a criterion can only name goals defined there.',
    });
  });

  it('reports every problem at once', () => {
    const broken = sample();
    broken.version = 3;
    broken.dimensions[0].id = 'Bad';
    broken.dimensions[1].weight = -2;
    broken.dimensions[2].target = 500;
    const codes = parseFramework(broken).problems.map((problem) => problem.code);
    expect(codes).to.include.members(['unsupported-version', 'bad-id', 'bad-weight', 'target-out-of-range']);
  });

  it('writes its messages in natural bokmål, nynorsk and English', () => {
    const broken = sample();
    broken.dimensions = broken.dimensions.slice(0, 2);
    broken.guidance = undefined;
    const problem = parseFramework(broken).problems.find((p) => p.code === 'too-few-dimensions')!;
    expect(problem.message).to.deep.equal({
      nb: 'Rammeverket har 2 områder; radardiagrammet trenger minst 3.',
      nn: 'Rammeverket har 2 område; radardiagrammet treng minst 3.',
      en: 'The framework has 2 areas; the radar chart needs at least 3.',
    });
  });

  it('quotes hyphenated keys in paths and shortens hostile ones', () => {
    const broken = sample();
    broken['en-nøkkel'] = 1;
    broken[long(500)] = 1;
    const paths = parseFramework(broken).problems.map((problem) => problem.path);
    expect(paths).to.include('["en-nøkkel"]');
    expect(paths.some((path) => path.length < 100 && path.endsWith('…"]'))).to.equal(true);
  });

  it('keeps __proto__ and constructor keys as harmless data and leaves them out', () => {
    const hostile = JSON.parse(
      JSON.stringify(sample()).replace('"format"', '"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"format"'),
    );
    hostile.dimensions[0].criteria[0] = JSON.parse('{"__proto__":{"weight":99},"id":"goal-named","title":"T"}');
    const { framework, problems } = parseFramework(hostile);
    expect(framework).to.not.equal(undefined);
    expect(problems.filter((p) => p.code === 'unknown-field').map((p) => p.path)).to.include.members([
      '__proto__',
      'constructor',
      'dimensions[0].criteria[0].__proto__',
    ]);
    expect(Object.getPrototypeOf(framework)).to.equal(Object.prototype);
    expect(framework!.dimensions[0]!.criteria[0]!.weight).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('normalises contact links: mailto: and tel: prefixes are stripped, web addresses normalised', () => {
    const input = sample();
    input.owner = { name: 'Testkommune', kommunenummer: '4601', url: 'https://KOMMUNE.no' };
    input.dimensions[0].contact = { email: 'mailto:kari@kommune.no', phone: 'tel:+4712345678', url: 'http://kommune.no/a b' };
    const { framework } = parseFramework(input);
    expect(framework!.owner).to.deep.equal({ name: 'Testkommune', kommunenummer: '4601', url: 'https://kommune.no/' });
    expect(framework!.dimensions[0]!.contact).to.deep.equal({
      email: 'kari@kommune.no',
      phone: '+4712345678',
      url: 'http://kommune.no/a%20b',
    });
  });

  it('drops empty optional texts without complaint', () => {
    const input = sample();
    input.description = '';
    input.dimensions[0].short = {};
    const { framework, problems } = parseFramework(input);
    expect(problems).to.deep.equal([]);
    expect(framework!.description).to.equal(undefined);
    expect(framework!.dimensions[0]!.short).to.equal(undefined);
  });

  it('caps the problem list, and keeps the error flag for what it leaves out', () => {
    const input = sample();
    for (let i = 0; i < 500; i += 1) input[`extra${i}`] = i;
    input.id = 'BAD';
    const { framework, problems } = parseFramework(input);
    expect(framework).to.equal(undefined);
    expect(problems).to.have.length(201);
    const last = problems[problems.length - 1]!;
    expect(last.code).to.equal('too-many-problems');
    expect(last.severity).to.equal('error');
    expect(last.message.nb).to.equal('301 problemer til er ikke vist.');
  });

  it('returns quickly for huge input', () => {
    const input = sample();
    input.dimensions = Array.from({ length: 100_000 }, (_, i) => dimension(`d${i}`));
    input.dimensions[0].criteria = Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, title: 'c' }));
    const started = performance.now();
    const { problems } = parseFramework(input);
    expect(performance.now() - started).to.be.below(2000);
    expect(problems.map((p) => p.code)).to.include.members(['too-many-dimensions', 'too-many-criteria']);
  });
});
