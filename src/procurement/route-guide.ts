import type { Problem } from '../problems/problem.js';
import type { Lang } from '../text/lang.js';
import type { Translated } from '../text/text.js';
import { ROUTE_GUIDE_WORDING } from './route-guide-messages.js';
import {
  ABSURD_AMOUNT,
  GUIDANCE,
  RULES_CHECKED,
  checkThis,
  effectiveRules,
  formatRuleValue,
  kommuneValueNote,
  ruleCheckNote,
  ruleStatement,
  type EffectiveRule,
  type GuidanceId,
  type RuleId,
  type RuleOverride,
} from './rules.js';

/**
 * The route guide: from four answers about an offer, a short dated memo on how a kommune can
 * buy, support or test it. Pure: the same answers and overrides give the same memo, in any
 * of the three languages. Every statement in the memo names the rule record it rests on.
 */

/** Whether the service is a health or social service (FOA chapter 30). */
export type ServiceKind = 'health-social' | 'other';

/** Who sent the offer. `work-integration` means an enterprise meeting the reserved-contract conditions. */
export type SupplierKind = 'ideell' | 'work-integration' | 'other';

/** What the kommune wants to do with the offer. */
export type Intent = 'buy' | 'grant' | 'pilot';

/** The guide's input, as a form gives it: anything may be missing or wrong. */
export interface RouteQuestion {
  /** Estimated value in NOK excl. VAT over the whole contract period. */
  value?: number;
  service?: ServiceKind;
  supplier?: SupplierKind;
  intent?: Intent;
}

/** One statement of the memo, and the rule it rests on. */
export interface MemoItem {
  rule: RuleId;
  text: string;
  /** Present when the point is not settled: "check this" with what to check. */
  check?: string;
  /** Present when the statement uses the kommune's own value. */
  kommune?: string;
}

/** A route the kommune can take, with the conditions it needs. */
export interface MemoRoute {
  id: 'direct-purchase' | 'competition' | 'invite-chosen' | 'reserved-ideelle' | 'reserved-contract' | 'exception' | 'innovation-partnership' | 'grant';
  rule: RuleId;
  title: string;
  conditions: MemoItem[];
}

/** One rule the memo used, for the reference list. */
export interface MemoReference {
  rule: RuleId;
  title: string;
  reference: string;
  source: string;
  inForce?: string;
  checked: string;
  verified: boolean;
  check?: string;
  kommune?: string;
}

/** The memo: every text in the asked language. */
export interface RouteMemo {
  lang: Lang;
  /** The date the rules were last checked (ISO 8601). */
  checked: string;
  /** The answers, restated in a sentence. */
  summary: string;
  applies: MemoItem[];
  routes: MemoRoute[];
  cannot: MemoItem[];
  marketDialogue: MemoItem[];
  nextSteps: MemoItem[];
  references: MemoReference[];
}

/** The guide's answer: a memo, or the problems that stopped one. */
export interface RouteGuideResult {
  memo?: RouteMemo;
  problems: Problem[];
}

const SERVICES: readonly ServiceKind[] = ['health-social', 'other'];
const SUPPLIERS: readonly SupplierKind[] = ['ideell', 'work-integration', 'other'];
const INTENTS: readonly Intent[] = ['buy', 'grant', 'pilot'];

const problem = (code: string, path: string, message: Translated): Problem => ({ code, severity: 'error', path, message });

/**
 * Reads an amount as people type it: `600000`, `600 000`, `1 300 000,50`, `-5`. Returns
 * `undefined` for an empty field and `NaN` for anything else that is not a number, so the
 * guide can tell "missing" from "not a number".
 */
export function readAmount(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return undefined;
  if (!/^-?\d+(?:[.,]\d+)?$/.test(compact)) return Number.NaN;
  return Number(compact.replace(',', '.'));
}

/** Checks the answers; each bad or missing one is a problem with its field as path. */
export function checkRouteQuestion(question: RouteQuestion): Problem[] {
  const problems: Problem[] = [];
  const wording = ROUTE_GUIDE_WORDING;
  const { value } = question;
  if (value === undefined) {
    problems.push(problem('value-missing', 'value', wording.valueMissing));
  } else if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push(problem('value-not-number', 'value', wording.valueNotNumber));
  } else if (value < 0) {
    problems.push(problem('value-negative', 'value', wording.valueNegative));
  } else if (value >= ABSURD_AMOUNT) {
    problems.push(problem('value-absurd', 'value', wording.valueAbsurd));
  }
  if (!question.service || !SERVICES.includes(question.service)) problems.push(problem('service-missing', 'service', wording.serviceMissing));
  if (!question.supplier || !SUPPLIERS.includes(question.supplier)) problems.push(problem('supplier-missing', 'supplier', wording.supplierMissing));
  if (!question.intent || !INTENTS.includes(question.intent)) problems.push(problem('intent-missing', 'intent', wording.intentMissing));
  return problems;
}

/** Builds memo items in one language from the effective rules. */
class MemoWriter {
  readonly used = new Set<RuleId>();

  constructor(
    readonly lang: Lang,
    readonly rules: Record<RuleId, EffectiveRule>,
    readonly placeholders: Record<string, string>,
    /** The rule each value placeholder quotes. */
    readonly valueRules: Record<string, RuleId>,
  ) {}

  private fill(text: string): string {
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => this.placeholders[name] ?? whole);
  }

  /** A rule's own statement, with a reason in front when one is given. */
  rule(id: RuleId, why?: string): MemoItem {
    this.used.add(id);
    const rule = this.rules[id];
    const statement = ruleStatement(rule, this.lang);
    const item: MemoItem = { rule: id, text: why ? `${why} ${statement}` : statement };
    const check = ruleCheckNote(rule, this.lang);
    if (check) item.check = check;
    const kommune = kommuneValueNote(rule, this.lang);
    if (kommune) item.kommune = kommune;
    return item;
  }

  /** One guidance sentence, flagged "check this" when it is not settled or its rule is unverified. */
  say(id: GuidanceId): MemoItem {
    const sentence = GUIDANCE[id] as { rule: RuleId; text: Translated; check?: boolean };
    this.used.add(sentence.rule);
    const rule = this.rules[sentence.rule];
    const item: MemoItem = { rule: sentence.rule, text: this.fill(sentence.text[this.lang]) };
    const check = sentence.check ? checkThis(rule.reference, this.lang) : ruleCheckNote(rule, this.lang);
    if (check) item.check = check;
    // A sentence that quotes a limit says when the limit is the kommune's own.
    const quoted = Object.entries(this.valueRules).find(([name]) => sentence.text[this.lang].includes(`{${name}}`));
    const kommune = quoted ? kommuneValueNote(this.rules[quoted[1]], this.lang) : undefined;
    if (kommune) item.kommune = kommune;
    return item;
  }

  route(id: MemoRoute['id'], title: GuidanceId, conditions: GuidanceId[]): MemoRoute {
    const heading = this.say(title);
    return { id, rule: heading.rule, title: heading.text, conditions: conditions.map((condition) => this.say(condition)) };
  }
}

/**
 * The memo for one offer. Limits compare as the rules word them: "under" the lower limit
 * means strictly below it, so a value at the limit is inside the rules; at or above a
 * threshold the rules above it apply.
 */
export function routeGuide(question: RouteQuestion, lang: Lang, overrides: readonly RuleOverride[] = []): RouteGuideResult {
  const problems = checkRouteQuestion(question);
  if (problems.length > 0) return { problems };
  const value = question.value as number;
  const service = question.service as ServiceKind;
  const supplier = question.supplier as SupplierKind;
  const intent = question.intent as Intent;
  const rules = effectiveRules(overrides);
  const healthSocial = service === 'health-social';
  const lower = rules['lower-limit'].value ?? 0;
  const national = rules['national-threshold'].value ?? 0;
  const eeaRule = healthSocial ? rules['eea-threshold-health-social'] : rules['eea-threshold-services'];
  const eea = eeaRule.value ?? 0;
  const words = ROUTE_GUIDE_WORDING;
  const amount = (nok: number) => formatRuleValue(nok, 'NOK', lang);
  const writer = new MemoWriter(lang, rules, {
    lower: amount(lower),
    threshold: amount(eea),
    percent: formatRuleValue(rules['reserved-contracts'].value ?? 0, 'percent', lang),
  }, { lower: 'lower-limit', threshold: eeaRule.id });
  const fill = (text: Translated, values: Record<string, string>) =>
    text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

  const inside = value >= lower;
  const aboveNational = value >= national;
  const aboveEea = value >= eea;
  const buying = intent !== 'grant';

  // Which rules apply, and why.
  const applies: MemoItem[] = [];
  if (intent !== 'buy') applies.push(writer.rule('grant-or-purchase', words.whyIntent[intent][lang]));
  if (!inside) {
    applies.push(writer.rule('lower-limit', fill(words.whyUnderLower, { value: amount(value), limit: amount(lower) })));
    applies.push(writer.rule('kommune-own-rules'));
  } else {
    applies.push(writer.rule('lower-limit', fill(words.whyAtOrAboveLower, { value: amount(value), limit: amount(lower) })));
    applies.push(writer.rule('principles'));
    if (healthSocial) {
      applies.push(writer.rule('health-social-regime', words.whyHealthSocial[lang]));
      applies.push(
        writer.rule(
          'eea-threshold-health-social',
          fill(aboveEea ? words.whyAtOrAboveEea : words.whyUnderEea, { value: amount(value), limit: amount(eea) }),
        ),
      );
    } else {
      applies.push(
        writer.rule(
          'national-threshold',
          fill(aboveNational ? words.whyAtOrAboveNational : words.whyUnderNational, { value: amount(value), limit: amount(national) }),
        ),
      );
      if (aboveNational) {
        applies.push(
          writer.rule(
            'eea-threshold-services',
            fill(aboveEea ? words.whyAtOrAboveEea : words.whyUnderEea, { value: amount(value), limit: amount(eea) }),
          ),
        );
      }
    }
    applies.push(writer.rule('unsolicited-offers'));
  }
  if (intent !== 'buy') applies.push(writer.rule('state-aid'));

  // The routes open.
  const routes: MemoRoute[] = [];
  if (buying && !inside) routes.push(writer.route('direct-purchase', 'route-direct-purchase', ['direct-value-whole-period', 'direct-own-rules']));
  if (buying && inside) {
    if (healthSocial && !aboveEea) {
      routes.push(writer.route('invite-chosen', 'route-invite-chosen', ['invite-below-threshold', 'invite-competition-still']));
    }
    routes.push(writer.route('competition', 'route-competition', ['competition-open', 'competition-criteria-first']));
    if (healthSocial && supplier === 'ideell') {
      routes.push(writer.route('reserved-ideelle', 'route-reserved-ideelle', ['ideelle-health-social', 'ideelle-definition', 'ideelle-still-competition']));
    }
    if (supplier === 'work-integration') {
      const onlyPartOne = healthSocial ? !aboveEea : !aboveNational;
      routes.push(
        writer.route('reserved-contract', 'route-reserved-contract', [
          'reserved-main-purpose',
          'reserved-share',
          'reserved-still-competition',
          ...(onlyPartOne ? (['reserved-part-one'] as const) : []),
        ]),
      );
    }
    if (intent === 'pilot') {
      routes.push(writer.route('innovation-partnership', 'route-innovation-partnership', ['innovation-announced', 'innovation-no-preference']));
    }
    routes.push(writer.route('exception', 'route-exception', ['exception-applies']));
  }
  if (intent !== 'buy') routes.push(writer.route('grant', 'route-grant', ['grant-no-binding-service', 'grant-state-aid']));

  // What the kommune cannot do.
  const cannot: MemoItem[] = [];
  if (inside) cannot.push(writer.say('cannot-accept-directly'), writer.say('cannot-tailor'));
  if (intent !== 'buy') cannot.push(writer.say('cannot-disguise'));
  if (intent === 'pilot') cannot.push(writer.say('cannot-pilot-route'));
  if (inside && intent !== 'grant') cannot.push(writer.say('cannot-partnership-for-sender'));

  // Using the offer in market dialogue without favouring its sender.
  const marketDialogue: MemoItem[] = [writer.rule('market-dialogue'), writer.say('dialogue-open'), writer.say('dialogue-secrets'), writer.say('dialogue-need-not-solution')];
  if (inside) marketDialogue.push(writer.say('dialogue-prior-involvement'));

  // The next step.
  const nextSteps: MemoItem[] = [];
  if (intent !== 'buy') nextSteps.push(writer.say('next-grant'));
  if (buying) nextSteps.push(writer.say(inside ? 'next-competition' : 'next-direct'));
  if (buying && inside && ((healthSocial && supplier === 'ideell') || supplier === 'work-integration')) nextSteps.push(writer.say('next-reserve'));

  const references: MemoReference[] = [...writer.used].map((id) => {
    const rule = rules[id];
    const reference: MemoReference = {
      rule: id,
      title: rule.title[lang],
      reference: rule.reference,
      source: rule.source,
      checked: rule.checked,
      verified: rule.verified,
    };
    if (rule.inForce) reference.inForce = rule.inForce;
    const check = ruleCheckNote(rule, lang);
    if (check) reference.check = check;
    const kommune = kommuneValueNote(rule, lang);
    if (kommune) reference.kommune = kommune;
    return reference;
  });

  const summary = fill(words.summary, {
    value: amount(value),
    service: words.service[service][lang],
    supplier: words.supplier[supplier][lang],
    intent: words.intent[intent][lang],
  });

  return {
    problems: [],
    memo: { lang, checked: RULES_CHECKED, summary, applies, routes, cannot, marketDialogue, nextSteps, references },
  };
}

/** Fills `{name}` placeholders in a wording. */
function fillWording(text: Translated, lang: Lang, values: Record<string, string>): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The "not legal advice" line with the date the rules were checked. */
export function memoDisclaimer(memo: RouteMemo): string {
  return fillWording(ROUTE_GUIDE_WORDING.notAdvice, memo.lang, { date: memo.checked });
}

/** A reference as one line: `Nasjonal terskelverdi: FOA § 5-1 (anskaffelsesforskriften; i kraft 2018-04-06; kontrollert 2026-11-30)`. */
export function referenceLine(reference: MemoReference, lang: Lang): string {
  const dates = [
    reference.source,
    reference.inForce ? fillWording(ROUTE_GUIDE_WORDING.inForce, lang, { date: reference.inForce }) : '',
    fillWording(ROUTE_GUIDE_WORDING.checkedOn, lang, { date: reference.checked }),
  ].filter(Boolean);
  return `${reference.title}: ${reference.reference} (${dates.join('; ')})`;
}

function itemLines(item: MemoItem, bullet: string): string[] {
  const lines = [`${bullet}${item.text}`];
  const indent = ' '.repeat(bullet.length);
  if (item.kommune) lines.push(`${indent}${item.kommune}`);
  if (item.check) lines.push(`${indent}${item.check}`);
  return lines;
}

/** The memo as plain text, for the clipboard or an e-mail to the kommune's lawyer. */
export function memoText(memo: RouteMemo): string {
  const w = ROUTE_GUIDE_WORDING;
  const lang = memo.lang;
  const lines: string[] = [w.title[lang], memo.summary, memoDisclaimer(memo)];
  const section = (heading: Translated, items: MemoItem[]) => {
    if (items.length === 0) return;
    lines.push('', heading[lang]);
    for (const item of items) lines.push(...itemLines(item, '- '));
  };
  section(w.applies, memo.applies);
  if (memo.routes.length > 0) {
    lines.push('', w.routes[lang]);
    memo.routes.forEach((route, index) => {
      lines.push(`${index + 1}. ${route.title}`, `   ${w.conditions[lang]}`);
      for (const condition of route.conditions) lines.push(...itemLines(condition, '   - '));
    });
  }
  section(w.cannot, memo.cannot);
  section(w.marketDialogue, memo.marketDialogue);
  section(w.nextSteps, memo.nextSteps);
  lines.push('', w.references[lang]);
  for (const reference of memo.references) {
    lines.push(`- ${referenceLine(reference, lang)}`);
    if (reference.kommune) lines.push(`  ${reference.kommune}`);
    if (reference.check) lines.push(`  ${reference.check}`);
  }
  return `${lines.join('\n')}\n`;
}
