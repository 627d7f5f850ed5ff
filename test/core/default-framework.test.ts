import { expect } from '@open-wc/testing';
import { allowsNotApplicable, effectiveScale } from '../../src/framework/criterion-rules.js';
import { defaultFramework } from '../../src/framework/default-framework.js';
import { parseFramework } from '../../src/framework/parse-framework.js';
import { participationScale, reachScale } from '../../src/framework/scales.js';
import { sdgTitle, sustainableDevelopmentGoals } from '../../src/framework/sdg.js';
import type { Criterion, Scale } from '../../src/framework/types.js';
import { LANGS, type Lang } from '../../src/text/lang.js';
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
      texts.push([`${cat}.assessorHelp`, criterion.assessorHelp]);
      addScale(`${cat}.scale`, criterion.scale);
    });
  });
  defaultFramework.guidance?.forEach((rule, index) => texts.push([`guidance[${index}].text`, rule.text]));
  defaultFramework.goals?.forEach((goal, g) => {
    texts.push([`goals[${g}].title`, goal.title], [`goals[${g}].description`, goal.description]);
    texts.push([`goals[${g}].source.plan`, goal.source?.plan], [`goals[${g}].owner.unit`, goal.owner?.unit]);
  });
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
const criterion = (id: string): Criterion => allCriteria().find((c) => c.id === id)!;
const inLang = (text: Text | undefined, lang: Lang): string => (text as Record<Lang, string> | undefined)?.[lang] ?? '';

/**
 * Wording that makes a level depend on the kommune having acted first (confirmed, contracted,
 * met, decided), which an applicant who has never spoken to the kommune cannot reach.
 */
const KOMMUNE_FIRST: Record<Lang, RegExp[]> = {
  nb: [
    /kommunen har/i, /bekreftet av kommunen/i, /kommunen bekrefter/i, /\bkontrakt/i, /avtale med kommunen/i,
    /intensjonsavtale/i, /\bvedtak\b/i, /\btilsagn/i, /har hatt møte/i, /innkjøpsfunksjon/i, /sagt seg villig/i,
    /henviser jevnlig/i, /kommunale tjenester har/i, /kommunens egne indikatorer/i, /sammen med kommunen/i,
  ],
  nn: [
    /kommunen har/i, /stadfesta av kommunen/i, /kommunen stadfestar/i, /\bkontrakt/i, /avtale med kommunen/i,
    /intensjonsavtale/i, /\bvedtak\b/i, /\btilsegn/i, /har hatt møte/i, /innkjøpsfunksjon/i, /sagt seg villig/i,
    /tilviser jamleg/i, /kommunale tenester har/i, /saman med kommunen/i,
  ],
  en: [
    /the municipality has/i, /confirmed by the municipality/i, /municipality confirms/i, /\bcontract\b/i,
    /agreement with the municipality/i, /letter of intent/i, /\bdecision\b/i, /approved a grant/i, /\bhas met\b/i,
    /procurement function/i, /agreed to follow up/i, /municipal services have/i, /with the municipality\b/i,
  ],
};

describe('defaultFramework', () => {
  it('is format version 1 with the id merverdi-standard, a new revision and the reach scale', () => {
    expect(defaultFramework.format).to.equal('merverdi-framework');
    expect(defaultFramework.version).to.equal(1);
    expect(defaultFramework.id).to.equal('merverdi-standard');
    expect(defaultFramework.revision).to.equal('2026-11-30');
    expect(defaultFramework.scale).to.equal(reachScale);
  });

  it('has the seven areas of the domain, in order, with four criteria each (28 in all)', () => {
    expect(defaultFramework.dimensions.map((dimension) => dimension.id)).to.deep.equal([
      'langsiktige-mal',
      'brukermedvirkning',
      'brukertilpasning',
      'sosial-merverdi',
      'innovasjon',
      'effekt-og-laering',
      'gjennomforbarhet',
    ]);
    for (const dimension of defaultFramework.dimensions) {
      expect(dimension.criteria, dimension.id).to.have.lengthOf(4);
    }
    expect(allCriteria()).to.have.lengthOf(28);
  });

  it('keeps the ids whose meaning stayed, and gives the three criteria whose meaning changed new ones', () => {
    const ids = allCriteria().map((c) => c.id);
    // Answers in saved drafts and assessments are keyed by these: they must keep working.
    for (const kept of [
      'mal-i-kommuneplanen', 'supplerer-tilbudet', 'varig-effekt', 'baerekraftsmal',
      'medvirkning-utforming', 'medvirkning-gjennomforing', 'medvirkning-evaluering', 'tilbakemelding-til-brukerne',
      'individuell-tilpasning', 'faller-mellom-tilbud', 'mangfold-i-tilbudet', 'universell-utforming',
      'arbeidsinkludering', 'malbare-resultater', 'lokale-ringvirkninger', 'utilsiktede-virkninger',
      'nytt-for-kommunen', 'udekket-behov', 'pilot-med-laering', 'overforbarhet',
      'endringsteori', 'sammenligning', 'okonomisk-modell', 'samarbeid-pa-tvers',
    ]) {
      expect(ids, kept).to.include(kept);
    }
    // Old answers to these meant something else ("has been evaluated", "a named owner in the
    // kommune", "a route the kommune has started"); they must not be read as answers to the new ones.
    for (const gone of ['for-og-etter-data', 'uavhengig-evaluering', 'eier-i-kommunen', 'anskaffelsesvei', 'dokumentert-effekt']) {
      expect(ids, gone).not.to.include(gone);
    }
    expect(ids).to.include.members(['hva-som-males', 'apen-for-evaluering', 'kjenner-mal-og-enheter', 'kjenner-kjopsveier']);
  });

  it('has unique, well-formed ids for areas, criteria and goals', () => {
    const dimensionIds = defaultFramework.dimensions.map((dimension) => dimension.id);
    const criterionIds = allCriteria().map((c) => c.id);
    const goalIds = (defaultFramework.goals ?? []).map((goal) => goal.id);
    expect(new Set(dimensionIds).size).to.equal(dimensionIds.length);
    expect(new Set(criterionIds).size).to.equal(criterionIds.length);
    expect(new Set(goalIds).size).to.equal(goalIds.length);
    for (const id of [defaultFramework.id, ...dimensionIds, ...criterionIds, ...goalIds]) {
      expect(id).to.match(/^[a-z0-9][a-z0-9-]*$/);
    }
    // An area and a criterion with the same id would make answers and scores easy to mix up.
    expect(criterionIds.filter((id) => dimensionIds.includes(id))).to.deep.equal([]);
  });

  it('writes every text in nb, nn and en, none of them empty', () => {
    const texts = allTexts();
    expect(texts.length).to.be.greaterThan(28 * 13 + 7 * 4);
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
      // Labels and unit names may rightly be the same in both ("Delvis", "NAV-kontoret");
      // a whole sentence may not.
      return nb !== undefined && nb === nn && /[.!?]$/.test(nb);
    });
    expect(copies.map(([path]) => path)).to.deep.equal([]);
    for (const [path, text] of allTexts()) {
      const nynorsk = inLang(text, 'nn');
      for (const bokmal of [
        /\bikke\b/i, /\btilbudet\b/i, /\bbrukerne\b/i, /\bhvordan\b/i, /\bjeg\b/i, /\bhva\b/i, /\bhvem\b/i,
        /\bdere\b/i, /\bnoe\b/i, /\bmye\b/i, /\bbare\b/i, /\begne?\b/i, /\bhvilke?\b/i, /\bdeltakere\b/i,
        /\btjenester\b/i, /\bfra\b/i, /\bsom ikke\b/i, /\bmellom dem\b/i,
      ]) {
        expect(nynorsk, `${path}.nn`).not.to.match(bokmal);
      }
    }
  });

  it('says "område" for an area and never "akse"', () => {
    for (const [path, text] of allTexts()) {
      for (const lang of LANGS) {
        expect(inLang(text, lang), `${path}.${lang}`).not.to.match(/\baks(e|en|er|ene|ar|ane)\b/i);
      }
    }
  });

  it('labels no level as a claim: no "Påstått" and no "Claimed"', () => {
    const labels = allScales().flatMap(([path, scale]) =>
      scale.levels.flatMap((level, i) => LANGS.map((lang) => [`${path}.levels[${i}].label.${lang}`, inLang(level.label, lang)])),
    );
    expect(labels.length).to.equal(29 * 5 * 3);
    for (const [path, label] of labels) expect(label, path).not.to.match(/påstått|claimed|alleged/i);
    for (const [path, text] of allTexts()) {
      expect(inLang(text, 'nb') + inLang(text, 'nn'), path).not.to.match(/påstått/i);
    }
  });

  it('gives every criterion a scale of its own, 0..4, with labels that fit it', () => {
    const scales = allScales();
    expect(scales).to.have.lengthOf(29);
    for (const [path, scale] of scales) {
      expect(scale.levels.map((level) => level.value), path).to.deep.equal([0, 1, 2, 3, 4]);
      const labels = scale.levels.map((level) => inLang(level.label, 'nb'));
      expect(new Set(labels).size, path).to.equal(5);
      for (const level of scale.levels) expect(level.description, path).to.be.an('object');
    }
    // Labels fit their criterion: no two criteria outside the participation ladder share a set.
    const sets = allCriteria()
      .filter((c) => c.id !== 'medvirkning-utforming')
      .map((c) => c.scale!.levels.map((level) => inLang(level.label, 'nb')).join('|'));
    expect(new Set(sets).size).to.equal(27);
  });

  it('keeps the participation ladder first-class on the user-participation area', () => {
    const participation = defaultFramework.dimensions.find((d) => d.id === 'brukermedvirkning')!;
    const design = participation.criteria[0]!;
    expect(design.id).to.equal('medvirkning-utforming');
    // Designing the offer is graded on the ladder's own steps …
    expect(design.scale!.levels.map((level) => level.label)).to.deep.equal(participationScale.levels.map((level) => level.label));
    expect(inLang(participationScale.levels[3]!.label, 'nb')).to.equal('Involverer / samarbeider om utforming');
    expect(inLang(participationScale.levels[4]!.label, 'nb')).to.equal('Samskaper / brukerstyrt');
    // … the other three on the same five steps in words that fit running, evaluating, reporting back.
    const descriptions = participation.criteria.map((c) => c.scale!.levels.map((level) => inLang(level.description, 'nb')).join('|'));
    expect(new Set(descriptions).size).to.equal(4);
    for (const c of participation.criteria) expect(c.scale!.levels).to.have.lengthOf(participationScale.levels.length);
  });

  it('has no top level that needs the kommune to have acted first', () => {
    for (const c of allCriteria()) {
      const top = effectiveScale(defaultFramework, c).levels.at(-1)!;
      for (const lang of LANGS) {
        const words = `${inLang(top.label, lang)} ${inLang(top.description, lang)}`;
        for (const pattern of KOMMUNE_FIRST[lang]) expect(words, `${c.id} top level, ${lang}`).not.to.match(pattern);
      }
    }
  });

  it('catches kommune-first wording with its forbidden phrases', () => {
    // The old top levels the issue named must be caught by the list above, or it proves nothing.
    const old = {
      nb: ['Kommunen har bekreftet at tilbudet er nytt, f.eks. i en markedsdialog.', 'Eierskapet er formalisert i en kontrakt.'],
      nn: ['Kommunen har stadfesta at tilbodet er nytt.', 'Eigarskapen er formalisert i ein kontrakt.'],
      en: ['The municipality has confirmed that the offer is new.', 'Ownership is formalised in a contract.'],
    };
    for (const lang of LANGS) {
      for (const sentence of old[lang]) expect(KOMMUNE_FIRST[lang].some((pattern) => pattern.test(sentence)), sentence).to.equal(true);
    }
  });

  it('lets help speak to the applicant and assessorHelp to the assessor, for every criterion', () => {
    for (const c of allCriteria()) {
      expect(c.help, c.id).to.be.an('object');
      expect(c.assessorHelp, c.id).to.be.an('object');
      expect(inLang(c.help, 'nb'), c.id).not.to.equal(inLang(c.assessorHelp, 'nb'));
      // The applicant is "dere"/"de"/"you"; the assessor reads what to look for.
      expect(inLang(c.help, 'nb'), `${c.id} help nb`).to.match(/\b(dere|deres|dykk)\b/i);
      expect(inLang(c.help, 'nn'), `${c.id} help nn`).to.match(/\b(de|dykk|dykkar)\b/i);
      expect(inLang(c.help, 'en'), `${c.id} help en`).to.match(/\b(you|your)\b/i);
      expect(inLang(c.assessorHelp, 'nb'), `${c.id} assessorHelp nb`).to.match(/^Se etter\b/);
      expect(inLang(c.assessorHelp, 'nn'), `${c.id} assessorHelp nn`).to.match(/^Sjå etter\b/);
      expect(inLang(c.assessorHelp, 'en'), `${c.id} assessorHelp en`).to.match(/^Look for\b/);
      expect(inLang(c.assessorHelp, 'nb'), `${c.id} assessorHelp nb`).not.to.match(/\bdere\b/);
    }
  });

  it('uses statutory terms correctly: individuell plan, no tildelingskontor, the § 5-12 councils', () => {
    const all = (lang: Lang) => allTexts().map(([, text]) => inLang(text, lang)).join('\n');
    // A tildelingskontor decides individual services, never partnerships: not a contact here.
    expect(all('nb')).not.to.match(/tildelingskontor/i);
    expect(all('nn')).not.to.match(/tildelingskontor/i);
    // The kommune coordinates an individuell plan; an offer contributes to it.
    const adaptation = criterion('individuell-tilpasning');
    expect(inLang(adaptation.help, 'nb')).to.contain('individuell plan, er det kommunen som koordinerer den');
    expect(inLang(adaptation.assessorHelp, 'nb')).to.contain('pasient- og brukerrettighetsloven § 2-5');
    expect(inLang(adaptation.scale!.levels[3]!.label, 'nb')).to.equal('Egen oppfølgingsplan');
    // The councils are named with their section.
    const design = criterion('medvirkning-utforming');
    expect(inLang(design.assessorHelp, 'nb')).to.contain('kommuneloven § 5-12');
    expect(inLang(design.assessorHelp, 'nn')).to.contain('kommunelova § 5-12');
    expect(inLang(design.assessorHelp, 'nb')).to.contain('eldrerådet, rådet for personer med funksjonsnedsettelse eller ungdomsrådet');
  });

  it('states no procurement figure or rule as fact in the procurement criterion', () => {
    const procurement = criterion('kjenner-kjopsveier');
    const texts = [
      procurement.title, procurement.help, procurement.assessorHelp,
      ...procurement.scale!.levels.flatMap((level) => [level.label, level.description]),
    ];
    for (const lang of LANGS) {
      for (const text of texts) {
        const words = inLang(text, lang);
        // No amounts, percentages or sections, and none of the loose claims the issue found.
        expect(words, lang).not.to.match(/\d/);
        expect(words, lang).not.to.match(/terskelverdi|threshold|direkte ?anskaff|direct award|innovasjonspartnerskap|innovation partnership|forsøksordning|reserv/i);
      }
    }
    expect(inLang(procurement.help, 'nb')).to.contain('Sjekk alltid kommunens regler');
    expect(inLang(procurement.help, 'nn')).to.contain('Sjekk alltid reglane til kommunen');
    expect(inLang(procurement.help, 'en')).to.contain("Always check the municipality's rules");
    for (const rule of defaultFramework.guidance ?? []) {
      expect(inLang(rule.text, 'nb')).not.to.match(/terskelverdi|direkteanskaff|under \d/i);
    }
  });

  it('marks as required the criteria a kommune would never accept as not applicable', () => {
    const required = allCriteria().filter((c) => c.required).map((c) => c.id);
    expect(required).to.deep.equal([
      'mal-i-kommuneplanen',
      'medvirkning-utforming',
      'universell-utforming',
      'utilsiktede-virkninger',
      'kjenner-mal-og-enheter',
    ]);
    // Criteria that some offers rightly do not address stay open to "not applicable".
    expect(criterion('arbeidsinkludering').required).to.equal(undefined);
    expect(allowsNotApplicable(defaultFramework, criterion('arbeidsinkludering'))).to.equal(true);
  });

  it('ships a few example goals, visibly marked as examples a kommune replaces', () => {
    const goals = defaultFramework.goals ?? [];
    expect(goals.length).to.be.within(3, 5);
    const marker: Record<Lang, RegExp> = { nb: /^Eksempel: /, nn: /^Døme: /, en: /^Example: / };
    for (const goal of goals) {
      expect(goal.id).to.match(/^eksempel-/);
      for (const lang of LANGS) {
        expect(inLang(goal.title, lang), `${goal.id} ${lang}`).to.match(marker[lang]);
        expect(inLang(goal.description, lang), `${goal.id} ${lang}`).to.match(/eksempelmål|dømemål|example goal/i);
        expect(inLang(goal.source?.plan, lang), `${goal.id} ${lang}`).to.match(/eksempel|døme|example/i);
      }
      expect(goal.source?.adopted).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(goal.source?.url).to.match(/^https:\/\/www\.eksempel\.kommune\.no\//);
    }
  });

  it('gives each example goal an owner with unit, name, e-mail, phone and link, none of them real', () => {
    for (const goal of defaultFramework.goals ?? []) {
      const owner = goal.owner!;
      expect(owner, goal.id).to.have.all.keys('unit', 'name', 'email', 'phone', 'url');
      // The Norwegian placeholder surname, an address under the example domain, and a number
      // beginning with 1, which Norway gives to no subscriber.
      expect(owner.name, goal.id).to.match(/^[A-ZÆØÅ][a-zæøå]+ Nordmann$/);
      expect(owner.email, goal.id).to.match(/^[a-z.]+@eksempel\.kommune\.no$/);
      expect(owner.phone, goal.id).to.match(/^\+47 1\d( \d\d){3}$/);
      expect(owner.url, goal.id).to.match(/^https:\/\/www\.eksempel\.kommune\.no\//);
    }
  });

  it('lets every goal be served by at least one criterion, and every referenced goal exist', () => {
    const goalIds = (defaultFramework.goals ?? []).map((goal) => goal.id);
    const referenced = allCriteria().flatMap((c) => (c.goals ?? []).map((id) => [c.id, id] as const));
    for (const [criterionId, goalId] of referenced) expect(goalIds, `${criterionId} → ${goalId}`).to.include(goalId);
    for (const goalId of goalIds) {
      expect(referenced.some(([, id]) => id === goalId), goalId).to.equal(true);
    }
    // The first area's first criterion is "serves named goals": it serves them all.
    const first = defaultFramework.dimensions[0]!.criteria[0]!;
    expect(first.id).to.equal('mal-i-kommuneplanen');
    expect(first.goals).to.deep.equal(goalIds);
  });

  it('gives every area a short label, weight 1, a target in 0..100, a contact unit and SDG tags', () => {
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

  it('names units for the areas, never an invented person: people belong to the example goals', () => {
    for (const dimension of defaultFramework.dimensions) {
      expect(dimension.contact, dimension.id).to.have.all.keys('unit');
    }
  });

  it('tags only goals 1..17', () => {
    const tags = [
      ...defaultFramework.dimensions.flatMap((dimension) => dimension.sdg ?? []),
      ...allCriteria().flatMap((c) => c.sdg ?? []),
    ];
    expect(tags.length).to.be.greaterThan(0);
    for (const goal of tags) expect(goal).to.be.oneOf(sustainableDevelopmentGoals.map((g) => g.number));
  });

  it('bases guidance on areas that exist, with below and atLeast in 0..100', () => {
    const ids = defaultFramework.dimensions.map((dimension) => dimension.id);
    const guidance = defaultFramework.guidance ?? [];
    expect(guidance.length).to.be.at.least(7);
    for (const rule of guidance) {
      expect(ids).to.include(rule.when.dimension);
      expect(rule.when.below ?? rule.when.atLeast, rule.when.dimension).to.be.a('number');
      for (const bound of [rule.when.below, rule.when.atLeast]) {
        if (bound !== undefined) expect(bound).to.be.within(0, 100);
      }
    }
    // Advice for every weak area, and never to claim what cannot be shown.
    for (const id of ids) {
      expect(guidance.some((rule) => rule.when.dimension === id && rule.when.below !== undefined), id).to.equal(true);
    }
    expect(guidance.some((rule) => rule.when.atLeast !== undefined)).to.equal(true);
    for (const rule of guidance) {
      for (const lang of LANGS) expect(inLang(rule.text, lang)).not.to.match(/\b(påstå|hevd|claim)/i);
    }
  });

  it('passes parseFramework with no problems at all, not even a warning', () => {
    const { framework, problems } = parseFramework(defaultFramework);
    expect(problems).to.deep.equal([]);
    expect(framework).to.deep.equal(defaultFramework);
  });

  it('is frozen, so one widget cannot change what another shows', () => {
    expect(Object.isFrozen(defaultFramework)).to.equal(true);
    expect(Object.isFrozen(defaultFramework.dimensions[0]?.criteria[0]?.title)).to.equal(true);
    expect(Object.isFrozen(defaultFramework.goals?.[0]?.owner)).to.equal(true);
    expect(Object.isFrozen(reachScale.levels[0])).to.equal(true);
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
