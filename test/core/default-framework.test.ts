import { expect } from '@open-wc/testing';
import { defaultFramework } from '../../src/framework/default-framework.js';
import { parseFramework } from '../../src/framework/parse-framework.js';
import { evidenceScale, participationScale } from '../../src/framework/scales.js';
import { sdgTitle, sustainableDevelopmentGoals } from '../../src/framework/sdg.js';
import type { Scale } from '../../src/framework/types.js';
import { LANGS } from '../../src/text/lang.js';
import type { Text } from '../../src/text/text.js';

/** Every text of the framework, with the JSON path it sits at, so a failure names the spot. */
function allTexts(): [string, Text | undefined][] {
  const texts: [string, Text | undefined][] = [
    ['title', defaultFramework.title],
    ['description', defaultFramework.description],
  ];
  const addScale = (path: string, scale: Scale | undefined) => {
    scale?.levels.forEach((level, index) => {
      texts.push([`${path}.levels[${index}].label`, level.label]);
      texts.push([`${path}.levels[${index}].description`, level.description]);
    });
  };
  addScale('scale', defaultFramework.scale);
  defaultFramework.dimensions.forEach((dimension, d) => {
    const at = `dimensions[${d}]`;
    texts.push([`${at}.title`, dimension.title], [`${at}.short`, dimension.short]);
    texts.push([`${at}.description`, dimension.description], [`${at}.contact.unit`, dimension.contact?.unit]);
    dimension.criteria.forEach((criterion, c) => {
      const cat = `${at}.criteria[${c}]`;
      texts.push([`${cat}.title`, criterion.title], [`${cat}.help`, criterion.help]);
      addScale(`${cat}.scale`, criterion.scale);
    });
  });
  defaultFramework.guidance?.forEach((rule, index) => texts.push([`guidance[${index}].text`, rule.text]));
  return texts;
}

/** Every scale in the framework, with its path. */
function allScales(): [string, Scale][] {
  const scales: [string, Scale][] = [];
  if (defaultFramework.scale) scales.push(['scale', defaultFramework.scale]);
  defaultFramework.dimensions.forEach((dimension, d) =>
    dimension.criteria.forEach((criterion, c) => {
      if (criterion.scale) scales.push([`dimensions[${d}].criteria[${c}].scale`, criterion.scale]);
    }),
  );
  return scales;
}

const allCriteria = () => defaultFramework.dimensions.flatMap((dimension) => dimension.criteria);

describe('defaultFramework', () => {
  it('is format version 1 with the id merverdi-standard', () => {
    expect(defaultFramework.format).to.equal('merverdi-framework');
    expect(defaultFramework.version).to.equal(1);
    expect(defaultFramework.id).to.equal('merverdi-standard');
  });

  it('has the seven axes of the domain, in order, with four criteria each (28 in all)', () => {
    expect(defaultFramework.dimensions.map((dimension) => dimension.id)).to.deep.equal([
      'langsiktige-mal',
      'brukermedvirkning',
      'brukertilpasning',
      'sosial-merverdi',
      'innovasjon',
      'dokumentert-effekt',
      'gjennomforbarhet',
    ]);
    for (const dimension of defaultFramework.dimensions) {
      expect(dimension.criteria, dimension.id).to.have.lengthOf(4);
    }
    expect(allCriteria()).to.have.lengthOf(28);
  });

  it('has unique, well-formed ids for axes and criteria', () => {
    const dimensionIds = defaultFramework.dimensions.map((dimension) => dimension.id);
    const criterionIds = allCriteria().map((criterion) => criterion.id);
    expect(new Set(dimensionIds).size).to.equal(dimensionIds.length);
    expect(new Set(criterionIds).size).to.equal(criterionIds.length);
    for (const id of [defaultFramework.id, ...dimensionIds, ...criterionIds]) {
      expect(id).to.match(/^[a-z0-9][a-z0-9-]*$/);
    }
    // An axis and a criterion with the same id would make answers and scores easy to mix up.
    expect(criterionIds.filter((id) => dimensionIds.includes(id))).to.deep.equal([]);
  });

  it('writes every text in nb, nn and en, none of them empty', () => {
    const texts = allTexts();
    expect(texts.length).to.be.greaterThan(28 * 2 + 7 * 4);
    for (const [path, text] of texts) {
      expect(text, path).to.be.an('object');
      for (const lang of LANGS) {
        const value = (text as Record<string, unknown>)[lang];
        expect(value, `${path}.${lang}`).to.be.a('string');
        expect((value as string).trim(), `${path}.${lang}`).not.to.equal('');
      }
    }
  });

  it('writes nynorsk as nynorsk, not as a copy of bokmål', () => {
    const copies = allTexts().filter(([, text]) => {
      const { nb, nn } = text as Partial<Record<string, string>>;
      // Labels and unit names may rightly be the same in both ("Påstått", "NAV-kontoret");
      // a whole sentence may not.
      return nb !== undefined && nb === nn && /[.!?]$/.test(nb);
    });
    expect(copies.map(([path]) => path)).to.deep.equal([]);
    const nynorsk = allTexts()
      .map(([, text]) => (text as Record<string, string>).nn)
      .join(' ');
    for (const bokmal of [/\bikke\b/, /\btilbudet\b/, /\bbrukerne\b/, /\bhvordan\b/, /\bjeg\b/]) {
      expect(nynorsk).not.to.match(bokmal);
    }
  });

  it('gives every scale the values 0..4, strictly increasing', () => {
    const scales = allScales();
    expect(scales.length).to.be.greaterThan(1);
    for (const [path, scale] of scales) {
      expect(scale.levels.map((level) => level.value), path).to.deep.equal([0, 1, 2, 3, 4]);
    }
  });

  it('answers the user-participation axis on the participation scale, the rest on the evidence scale', () => {
    expect(defaultFramework.scale).to.equal(evidenceScale);
    const labels = (scale: Scale | undefined) => scale?.levels.map((level) => level.label);
    for (const dimension of defaultFramework.dimensions) {
      const expected = dimension.id === 'brukermedvirkning' ? participationScale : evidenceScale;
      for (const criterion of dimension.criteria) {
        const scale = criterion.scale ?? defaultFramework.scale;
        expect(labels(scale), criterion.id).to.deep.equal(labels(expected));
      }
    }
  });

  it('gives the participation criteria level descriptions of their own', () => {
    const participation = defaultFramework.dimensions.find((d) => d.id === 'brukermedvirkning');
    const descriptions = participation?.criteria.map((criterion) =>
      criterion.scale?.levels.map((level) => JSON.stringify(level.description)).join('|'),
    );
    expect(descriptions).to.have.lengthOf(4);
    expect(new Set(descriptions).size).to.equal(4);
    const generic = participationScale.levels.map((level) => JSON.stringify(level.description)).join('|');
    expect(descriptions).not.to.include(generic);
  });

  it('gives every axis a short label, weight 1, a target in 0..100, a contact unit and SDG tags', () => {
    for (const dimension of defaultFramework.dimensions) {
      for (const lang of LANGS) {
        const short = (dimension.short as Record<string, string>)[lang] ?? '';
        expect(short.length, `${dimension.id} short ${lang}`).to.be.within(1, 16);
      }
      expect(dimension.weight, dimension.id).to.equal(1);
      expect(dimension.target, dimension.id).to.be.within(0, 100);
      expect(dimension.contact?.unit, dimension.id).to.be.an('object');
      expect(dimension.sdg?.length ?? 0, dimension.id).to.be.greaterThan(0);
    }
  });

  it('names units to contact, never an invented person, e-mail or phone', () => {
    for (const dimension of defaultFramework.dimensions) {
      expect(dimension.contact, dimension.id).to.have.all.keys('unit');
    }
  });

  it('tags only goals 1..17', () => {
    const tags = [
      ...defaultFramework.dimensions.flatMap((dimension) => dimension.sdg ?? []),
      ...allCriteria().flatMap((criterion) => criterion.sdg ?? []),
    ];
    expect(tags.length).to.be.greaterThan(0);
    for (const goal of tags) expect(goal).to.be.oneOf(sustainableDevelopmentGoals.map((g) => g.number));
  });

  it('bases guidance on axes that exist, with below and atLeast in 0..100', () => {
    const ids = defaultFramework.dimensions.map((dimension) => dimension.id);
    const guidance = defaultFramework.guidance ?? [];
    expect(guidance.length).to.be.at.least(4);
    for (const rule of guidance) {
      expect(ids).to.include(rule.when.dimension);
      expect(rule.when.below ?? rule.when.atLeast, rule.when.dimension).to.be.a('number');
      for (const bound of [rule.when.below, rule.when.atLeast]) {
        if (bound !== undefined) expect(bound).to.be.within(0, 100);
      }
    }
    const has = (dimension: string, kind: 'below' | 'atLeast') =>
      guidance.some((rule) => rule.when.dimension === dimension && rule.when[kind] !== undefined);
    expect(has('brukermedvirkning', 'below')).to.equal(true);
    expect(has('gjennomforbarhet', 'below')).to.equal(true);
    expect(guidance.some((rule) => rule.when.atLeast !== undefined)).to.equal(true);
  });

  it('passes parseFramework with no problems at all, not even a warning', () => {
    const { framework, problems } = parseFramework(defaultFramework);
    expect(problems).to.deep.equal([]);
    expect(framework).to.deep.equal(defaultFramework);
  });

  it('is frozen, so one widget cannot change what another shows', () => {
    expect(Object.isFrozen(defaultFramework)).to.equal(true);
    expect(Object.isFrozen(defaultFramework.dimensions[0]?.criteria[0]?.title)).to.equal(true);
    expect(Object.isFrozen(evidenceScale.levels[0])).to.equal(true);
    expect(() => {
      (defaultFramework.dimensions as unknown[]).push({});
    }).to.throw(TypeError);
    expect(defaultFramework.dimensions).to.have.lengthOf(7);
  });
});

describe('sustainableDevelopmentGoals', () => {
  it('lists the 17 goals in order, each in nb, nn and en', () => {
    expect(sustainableDevelopmentGoals.map((goal) => goal.number)).to.deep.equal(
      Array.from({ length: 17 }, (_, index) => index + 1),
    );
    for (const goal of sustainableDevelopmentGoals) {
      for (const lang of LANGS) {
        expect(goal.title[lang].trim(), `${goal.number} ${lang}`).not.to.equal('');
      }
    }
  });

  it('uses the official bokmål titles and the UN English short titles', () => {
    expect(sdgTitle(1, 'nb')).to.equal('Utrydde fattigdom');
    expect(sdgTitle(10, 'nn')).to.equal('Mindre ulikskap');
    expect(sdgTitle(16, 'nb')).to.equal('Fred, rettferdighet og velfungerende institusjoner');
    expect(sdgTitle(17, 'en')).to.equal('Partnerships for the goals');
  });

  it('gives no title for a number outside 1..17', () => {
    expect(sdgTitle(0, 'nb')).to.equal(undefined);
    expect(sdgTitle(18, 'en')).to.equal(undefined);
    expect(sdgTitle(1.5, 'nn')).to.equal(undefined);
  });
});

describe('the JSON Schemas', () => {
  for (const name of ['framework', 'assessment']) {
    it(`serves schema/${name}.schema.json as a draft 2020-12 JSON Schema`, async () => {
      const response = await fetch(`/schema/${name}.schema.json`);
      expect(response.status).to.equal(200);
      const schema = (await response.json()) as Record<string, unknown>;
      expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).to.equal('object');
      expect((schema.properties as Record<string, { const?: unknown }>).format?.const).to.equal(
        `merverdi-${name}`,
      );
    });
  }

  it('states the framework rules of the contract', async () => {
    const schema = (await (await fetch('/schema/framework.schema.json')).json()) as {
      properties: { dimensions: { minItems: number } };
      $defs: Record<string, { pattern?: string; properties?: Record<string, Record<string, unknown>> }>;
    };
    expect(schema.properties.dimensions.minItems).to.equal(3);
    expect(schema.$defs.id?.pattern).to.equal('^[a-z0-9][a-z0-9-]*$');
    expect(schema.$defs.dimension?.properties?.criteria?.minItems).to.equal(1);
    expect(schema.$defs.dimension?.properties?.target).to.include({ minimum: 0, maximum: 100 });
    expect(schema.$defs.scale?.properties?.levels?.minItems).to.equal(2);
    expect(schema.$defs.weight).to.include({ minimum: 0 });
    expect(schema.$defs.sdg).to.deep.include({ items: { type: 'integer', minimum: 1, maximum: 17 } });
  });
});
