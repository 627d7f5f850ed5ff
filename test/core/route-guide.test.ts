import { expect } from '@open-wc/testing';
import { memoDisclaimer, memoText, readAmount, routeGuide, type RouteMemo, type RouteQuestion } from '../../src/procurement/route-guide.js';
import { RULES, type RuleId } from '../../src/procurement/rules.js';
import { LANGS } from '../../src/text/lang.js';

const ask = (question: RouteQuestion, lang: 'nb' | 'nn' | 'en' = 'en', overrides = [] as Parameters<typeof routeGuide>[2]): RouteMemo => {
  const { memo, problems } = routeGuide(question, lang, overrides);
  expect(problems, JSON.stringify(problems)).to.deep.equal([]);
  return memo!;
};
const routeIds = (memo: RouteMemo) => memo.routes.map((route) => route.id);
const rulesApplied = (memo: RouteMemo) => memo.applies.map((item) => item.rule);
const buy = (value: number, extra: Partial<RouteQuestion> = {}): RouteQuestion => ({ value, service: 'other', supplier: 'other', intent: 'buy', ...extra });

describe('routeGuide: the lower limit (NOK 500 000)', () => {
  it('just under: outside the rules, a direct purchase is open, nothing is forbidden', () => {
    const memo = ask(buy(499_999));
    expect(routeIds(memo)).to.deep.equal(['direct-purchase']);
    expect(rulesApplied(memo)).to.deep.equal(['lower-limit', 'kommune-own-rules']);
    expect(memo.cannot).to.deep.equal([]);
    // The kommune's own rules are not settled by the table: said as "check this".
    const ownRules = memo.routes[0]!.conditions.find((item) => item.rule === 'kommune-own-rules');
    expect(ownRules?.check).to.match(/^Check this/);
  });

  it('at the limit: inside the rules; the offer cannot be accepted directly', () => {
    const memo = ask(buy(500_000));
    expect(routeIds(memo)).to.deep.equal(['competition', 'exception']);
    expect(rulesApplied(memo)).to.include.members(['lower-limit', 'principles', 'national-threshold', 'unsolicited-offers']);
    expect(memo.cannot[0]!.rule).to.equal('unsolicited-offers');
    expect(memo.cannot[0]!.text).to.contain('Accept the unsolicited offer directly').and.contain('NOK 500,000');
    expect(memo.applies[0]!.text).to.contain('at or above the lower limit (NOK 500,000)');
  });

  it('just over: the same as at the limit', () => {
    expect(routeIds(ask(buy(500_001)))).to.deep.equal(['competition', 'exception']);
  });

  it('a value of 0 is a valid answer, under the limit', () => {
    expect(routeIds(ask(buy(0)))).to.deep.equal(['direct-purchase']);
  });
});

describe('routeGuide: the national threshold (NOK 1.3 million)', () => {
  it('just under: only the Act and part I, the EEA threshold not yet in play', () => {
    const memo = ask(buy(1_299_999));
    const national = memo.applies.find((item) => item.rule === 'national-threshold')!;
    expect(national.text).to.contain('under the national threshold (NOK 1,300,000)');
    expect(rulesApplied(memo)).to.not.include('eea-threshold-services');
  });

  for (const value of [1_300_000, 1_300_001]) {
    it(`${value}: at or above it, with the EEA threshold weighed next`, () => {
      const memo = ask(buy(value));
      expect(memo.applies.find((item) => item.rule === 'national-threshold')!.text).to.contain('at or above the national threshold');
      expect(memo.applies.find((item) => item.rule === 'eea-threshold-services')!.text).to.contain('under the EEA threshold (NOK 2,300,000)');
    });
  }
});

describe('routeGuide: the EEA thresholds', () => {
  it('goods and services: just under, at and just over NOK 2.3 million, the NOK figure flagged', () => {
    expect(ask(buy(2_299_999)).applies.find((item) => item.rule === 'eea-threshold-services')!.text).to.contain('under the EEA threshold');
    for (const value of [2_300_000, 2_300_001]) {
      const item = ask(buy(value)).applies.find((entry) => entry.rule === 'eea-threshold-services')!;
      expect(item.text).to.contain('at or above the EEA threshold');
      expect(item.check).to.match(/^Check this \(FOA § 5-3\): The NOK figure for 2026 onward was not found/);
    }
  });

  it('health and social services: chosen invitations just under NOK 7.8 million, not at or over it', () => {
    const hs = (value: number) => buy(value, { service: 'health-social' });
    expect(routeIds(ask(hs(7_799_999)))).to.deep.equal(['invite-chosen', 'competition', 'exception']);
    for (const value of [7_800_000, 7_800_001]) {
      const memo = ask(hs(value));
      expect(routeIds(memo)).to.deep.equal(['competition', 'exception']);
      expect(memo.applies.find((item) => item.rule === 'eea-threshold-health-social')!.text).to.contain('at or above the EEA threshold (NOK 7,800,000)');
    }
    // The national threshold does not decide the regime for these services.
    expect(rulesApplied(ask(hs(2_000_000)))).to.not.include('national-threshold');
  });
});

describe('routeGuide: services and suppliers', () => {
  it('a non-profit (ideell) sending a health or social service may get a competition reserved for non-profits', () => {
    const memo = ask(buy(900_000, { service: 'health-social', supplier: 'ideell' }));
    expect(routeIds(memo)).to.include('reserved-ideelle');
    const route = memo.routes.find((entry) => entry.id === 'reserved-ideelle')!;
    expect(route.rule).to.equal('reserved-ideelle');
    expect(route.conditions.map((item) => item.text).join(' ')).to.contain('still a competition');
    expect(memo.nextSteps.map((item) => item.rule)).to.include('reserved-ideelle');
  });

  it('a non-profit sending another kind of service gets no reservation', () => {
    expect(routeIds(ask(buy(900_000, { supplier: 'ideell' })))).to.not.include('reserved-ideelle');
  });

  it('another supplier of a health or social service gets neither reservation', () => {
    const ids = routeIds(ask(buy(900_000, { service: 'health-social' })));
    expect(ids).to.not.include('reserved-ideelle');
    expect(ids).to.not.include('reserved-contract');
  });

  it('a work-integration enterprise: a reserved competition with both conditions', () => {
    const memo = ask(buy(1_500_000, { supplier: 'work-integration' }), 'nb');
    const route = memo.routes.find((entry) => entry.id === 'reserved-contract')!;
    const conditions = route.conditions.map((item) => item.text);
    expect(conditions[0]).to.contain('hovedformål');
    expect(conditions[1]).to.equal('Minst 30\u00a0% av de ansatte er slike personer.');
    // Above the national threshold part II applies, so nothing is left to check.
    expect(route.conditions.every((item) => !item.check)).to.equal(true);
  });

  it('a work-integration enterprise below the national threshold: the reservation is said as "check this"', () => {
    const route = ask(buy(800_000, { supplier: 'work-integration' })).routes.find((entry) => entry.id === 'reserved-contract')!;
    expect(route.conditions.at(-1)!.check).to.match(/^Check this \(FOA § 8-8, § 16-9, § 30-3\)/);
  });

  it('under the lower limit no supplier kind opens a reserved route', () => {
    for (const supplier of ['ideell', 'work-integration', 'other'] as const) {
      expect(routeIds(ask(buy(100_000, { supplier, service: 'health-social' })))).to.deep.equal(['direct-purchase']);
    }
  });
});

describe('routeGuide: what the kommune wants', () => {
  it('a grant: the grant route and state aid, and no disguised purchase', () => {
    const memo = ask(buy(200_000, { intent: 'grant' }));
    expect(routeIds(memo)).to.deep.equal(['grant']);
    expect(rulesApplied(memo)).to.include.members(['grant-or-purchase', 'state-aid']);
    expect(memo.cannot.map((item) => item.text)[0]).to.contain('illegal direct award');
    expect(memo.nextSteps[0]!.rule).to.equal('grant-or-purchase');
  });

  it('a grant above the lower limit still says the purchase rules apply if it is a purchase', () => {
    const memo = ask(buy(2_000_000, { intent: 'grant' }));
    expect(memo.applies[0]!.text).to.contain('If it gets a binding service in return, it is a purchase');
    expect(memo.cannot.map((item) => item.rule)).to.include('unsolicited-offers');
  });

  it('a pilot is no route of its own: purchase routes, an innovation partnership and a grant', () => {
    const memo = ask(buy(900_000, { intent: 'pilot' }));
    expect(routeIds(memo)).to.deep.equal(['competition', 'innovation-partnership', 'exception', 'grant']);
    const partnership = memo.routes.find((entry) => entry.id === 'innovation-partnership')!;
    expect(partnership.conditions.map((item) => item.text).join(' ')).to.contain('gets no preference');
    // The section in chapter 13 is unverified.
    expect(partnership.conditions[0]!.check).to.contain('FOA kapittel 13');
    expect(memo.cannot.map((item) => item.text).join(' ')).to.contain('Treat a trial or pilot as a procurement route of its own');
  });

  it('market dialogue advice is always there and ends with prior involvement above the limit', () => {
    const small = ask(buy(10_000));
    const large = ask(buy(1_000_000));
    expect(small.marketDialogue[0]!.rule).to.equal('market-dialogue');
    expect(large.marketDialogue.at(-1)!.text).to.contain('involved before the competition');
    expect(small.marketDialogue.length).to.equal(large.marketDialogue.length - 1);
  });
});

describe('routeGuide: overrides, references, languages', () => {
  it('a kommune’s own lower limit moves the line and is shown as the kommune’s', () => {
    const overrides = [{ rule: 'lower-limit' as const, value: 100_000, source: 'Innkjøpsreglement' }];
    const under = ask(buy(99_999), 'en', overrides);
    const at = ask(buy(100_000), 'en', overrides);
    expect(routeIds(under)).to.deep.equal(['direct-purchase']);
    expect(routeIds(at)).to.deep.equal(['competition', 'exception']);
    expect(at.applies[0]!.kommune).to.contain("The municipality uses its own value, NOK 100,000 (Innkjøpsreglement), instead of the rules' NOK 500,000");
    expect(at.cannot[0]!.kommune).to.contain('its own value');
    expect(at.references.find((reference) => reference.rule === 'lower-limit')!.kommune).to.contain('Innkjøpsreglement');
  });

  it('a newer threshold given by the kommune is used', () => {
    const memo = ask(buy(1_350_000), 'en', [{ rule: 'national-threshold', value: 1_400_000 }]);
    expect(memo.applies.find((item) => item.rule === 'national-threshold')!.text).to.contain('under the national threshold (NOK 1,400,000)');
  });

  it('lists each rule it used once, with its reference and dates, unverified ones flagged', () => {
    const memo = ask(buy(3_000_000, { intent: 'pilot', supplier: 'work-integration' }));
    const used = new Set<RuleId>([
      ...memo.applies, ...memo.cannot, ...memo.marketDialogue, ...memo.nextSteps,
      ...memo.routes.flatMap((route) => route.conditions),
    ].map((item) => item.rule));
    expect(new Set(memo.references.map((reference) => reference.rule))).to.deep.equal(used);
    for (const reference of memo.references) {
      expect(reference.reference).to.equal(RULES[reference.rule].reference);
      expect(reference.checked).to.equal('2026-11-30');
      expect(Boolean(reference.check)).to.equal(!RULES[reference.rule].verified);
    }
  });

  it('speaks nb, nn and en, with "not legal advice" and the date', () => {
    const question = buy(600_000, { service: 'health-social', supplier: 'ideell', intent: 'pilot' });
    const texts = LANGS.map((lang) => memoText(ask(question, lang)));
    expect(texts[0]).to.contain('Dette er ikke juridisk rådgivning. Reglene er sist kontrollert 2026-11-30');
    expect(texts[1]).to.contain('Dette er ikkje juridisk rådgiving. Reglane er sist kontrollerte 2026-11-30');
    expect(texts[2]).to.contain('This is not legal advice. The rules were last checked on 2026-11-30');
    expect(texts[1]).to.contain('Sjekk dette').and.contain('Vegar kommunen kan gå');
    expect(new Set(texts).size).to.equal(3);
    expect(memoDisclaimer(ask(question, 'en'))).to.contain('not legal advice');
  });
});

describe('routeGuide: bad input gives problems, not a memo', () => {
  const bad: [string, RouteQuestion, string[]][] = [
    ['nothing', {}, ['value-missing', 'service-missing', 'supplier-missing', 'intent-missing']],
    ['a negative value', buy(-1), ['value-negative']],
    ['an absurd value', buy(1e11), ['value-absurd']],
    ['not a number', buy(Number.NaN), ['value-not-number']],
    ['infinity', buy(Number.POSITIVE_INFINITY), ['value-not-number']],
    ['an unknown service', { ...buy(1), service: 'cars' as never }, ['service-missing']],
  ];
  for (const [name, question, codes] of bad) {
    it(name, () => {
      const { memo, problems } = routeGuide(question, 'nb');
      expect(memo).to.equal(undefined);
      expect(problems.map((p) => p.code)).to.deep.equal(codes);
      for (const p of problems) {
        expect(p.severity).to.equal('error');
        for (const lang of LANGS) expect(p.message[lang]).to.not.equal('');
      }
    });
  }
  it('reads amounts as people type them', () => {
    expect(readAmount('1 300 000')).to.equal(1_300_000);
    expect(readAmount('500\u00a0000,50')).to.equal(500_000.5);
    expect(readAmount('-5')).to.equal(-5);
    expect(readAmount('  ')).to.equal(undefined);
    expect(Number.isNaN(readAmount('fem hundre'))).to.equal(true);
    expect(Number.isNaN(readAmount('1e6'))).to.equal(true);
  });

  it('a value just under the absurd line is accepted', () => {
    expect(routeGuide(buy(1e11 - 1), 'en').memo).to.not.equal(undefined);
  });
});
