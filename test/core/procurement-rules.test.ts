import { expect } from '@open-wc/testing';
import {
  GUIDANCE,
  RULES,
  RULES_CHECKED,
  effectiveRules,
  formatRuleValue,
  kommuneValueNote,
  parseRuleOverrides,
  ruleCheckNote,
  ruleStatement,
  type RuleId,
} from '../../src/procurement/rules.js';
import { LANGS } from '../../src/text/lang.js';

const ids = Object.keys(RULES) as RuleId[];

describe('procurement rules', () => {
  it('dates every rule, checked on the same day, with a reference and a source', () => {
    expect(RULES_CHECKED).to.equal('2026-11-30');
    for (const id of ids) {
      const rule = RULES[id];
      expect(rule.id, id).to.equal(id);
      expect(rule.checked, id).to.equal('2026-11-30');
      expect(rule.reference, id).to.not.equal('');
      expect(rule.source, id).to.not.equal('');
      if (rule.inForce) expect(rule.inForce, id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      for (const lang of LANGS) {
        expect(rule.title[lang], `${id} ${lang}`).to.not.equal('');
        expect(ruleStatement(rule, lang), `${id} ${lang}`).to.not.contain('{value}');
      }
    }
  });

  it('holds the figures of the facts table, with the dates they took effect', () => {
    expect(RULES['lower-limit']).to.include({ value: 500_000, unit: 'NOK', inForce: '2026-07-01' });
    expect(RULES['national-threshold']).to.include({ value: 1_300_000, unit: 'NOK', inForce: '2018-04-06', reference: 'FOA § 5-1' });
    expect(RULES['eea-threshold-services']).to.include({ value: 2_300_000, inForce: '2024-03-14', reference: 'FOA § 5-3' });
    expect(RULES['eea-threshold-health-social']).to.include({ value: 7_800_000, inForce: '2024-03-14' });
    expect(RULES['reserved-contracts']).to.include({ value: 30, unit: 'percent', reference: 'FOA § 8-8, § 16-9, § 30-3' });
    expect(RULES['climate-environment']).to.include({ value: 30, unit: 'percent', reference: 'FOA § 7-9', inForce: '2024-01-01' });
    expect(RULES['state-aid']).to.include({ value: 300_000, unit: 'EUR', inForce: '2024-11-11' });
    expect(RULES['reserved-ideelle'].source).to.equal('HR-2025-2425-A');
    expect(RULES['lower-limit'].reference).to.contain('anskaffelsesloven § 2').and.contain('§ 1-1');
  });

  it('says both conditions of a reserved contract: main purpose and 30 % of employees', () => {
    const nb = ruleStatement(RULES['reserved-contracts'], 'nb');
    expect(nb).to.contain('hovedformål').and.contain('minst 30\u00a0%').and.contain('Begge vilkårene');
    expect(ruleStatement(RULES['reserved-contracts'], 'en')).to.contain('main purpose').and.contain('at least 30%');
  });

  it('flags exactly the rules the facts table marks unverified, with a "check this" note in every language', () => {
    const unverified = ids.filter((id) => !RULES[id].verified).sort();
    expect(unverified).to.deep.equal(
      ['climate-environment', 'eea-threshold-health-social', 'eea-threshold-services', 'innovation-partnership', 'kommune-own-rules', 'lower-limit', 'principles'].sort(),
    );
    for (const id of unverified) {
      expect(ruleCheckNote(RULES[id], 'nb'), id).to.match(/^Sjekk dette \(/);
      expect(ruleCheckNote(RULES[id], 'nn'), id).to.match(/^Sjekk dette \(/);
      expect(ruleCheckNote(RULES[id], 'en'), id).to.match(/^Check this \(/);
      expect(ruleCheckNote(RULES[id], 'en'), id).to.contain(RULES[id].reference);
    }
    for (const id of ids.filter((rule) => RULES[rule].verified)) expect(ruleCheckNote(RULES[id], 'nb'), id).to.equal(undefined);
    expect(ruleCheckNote(RULES['principles'], 'en')).to.contain('§ 4');
    expect(ruleCheckNote(RULES['climate-environment'], 'nb')).to.contain('1. juli 2026');
    expect(ruleCheckNote(RULES['eea-threshold-services'], 'en')).to.contain('NOK figure for 2026');
  });

  it('ties every guidance sentence to a known rule and has it in three languages', () => {
    for (const [id, sentence] of Object.entries(GUIDANCE)) {
      expect(ids, id).to.include(sentence.rule);
      for (const lang of LANGS) expect(sentence.text[lang], `${id} ${lang}`).to.not.equal('');
    }
  });

  it('writes amounts as each language does', () => {
    expect(formatRuleValue(500_000, 'NOK', 'nb')).to.equal('500\u00a0000 kroner');
    expect(formatRuleValue(1_300_000, 'NOK', 'nn')).to.equal('1\u00a0300\u00a0000 kroner');
    expect(formatRuleValue(500_000, 'NOK', 'en')).to.equal('NOK 500,000');
    expect(formatRuleValue(300_000, 'EUR', 'en')).to.equal('EUR 300,000');
    expect(formatRuleValue(30, 'percent', 'nb')).to.equal('30\u00a0%');
  });

  it('applies a kommune override as the kommune’s value and keeps the law’s statement true', () => {
    const rules = effectiveRules([{ rule: 'lower-limit', value: 100_000, source: 'Innkjøpsreglement 2026' }]);
    expect(rules['lower-limit'].value).to.equal(100_000);
    expect(rules['lower-limit'].kommune).to.deep.equal({ original: 500_000, source: 'Innkjøpsreglement 2026' });
    expect(ruleStatement(rules['lower-limit'], 'nb')).to.contain('under 500\u00a0000 kroner');
    expect(kommuneValueNote(rules['lower-limit'], 'nb')).to.equal(
      'Kommunen bruker sin egen verdi, 100\u00a0000 kroner (Innkjøpsreglement 2026), i stedet for regelverkets 500\u00a0000 kroner. Veiledningen regner med kommunens verdi.',
    );
    expect(kommuneValueNote(rules['national-threshold'], 'nb')).to.equal(undefined);
    // The shipped records are never changed by an override.
    expect(RULES['lower-limit'].value).to.equal(500_000);
    expect(Object.isFrozen(RULES)).to.equal(true);
  });

  it('reads overrides from untrusted input, keeping the good entries and reporting the rest', () => {
    const { overrides, problems } = parseRuleOverrides([
      { rule: 'national-threshold', value: 1_400_000, source: '  Ny forskrift ' },
      { rule: 'reserved-contracts', value: 20 },
      { rule: 'lower-limit', value: -5 },
      'nonsense',
    ]);
    expect(overrides).to.deep.equal([{ rule: 'national-threshold', value: 1_400_000, source: 'Ny forskrift' }]);
    expect(problems.map((p) => [p.code, p.path])).to.deep.equal([
      ['override-unknown-rule', '[1].rule'],
      ['override-bad-value', '[2].value'],
      ['override-unknown-rule', '[3].rule'],
    ]);
    expect(problems[1]!.message.nn).to.contain('må vere');
    expect(parseRuleOverrides({ rule: 'lower-limit' }).problems[0]!.code).to.equal('overrides-not-list');
    expect(parseRuleOverrides(undefined)).to.deep.equal({ overrides: [], problems: [] });
  });
});
