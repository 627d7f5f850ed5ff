import type { Problem } from '../problems/problem.js';
import type { Lang } from '../text/lang.js';
import type { Translated } from '../text/text.js';

/*
 * The procurement rules the product relies on, as dated data. This is the one module that
 * holds legal statements: the route guide, the tender draft and the element only pick
 * records and sentences from here, so that a procurement adviser reviews one file and a
 * change of the rules is one edit. Every record says where it comes from, when it took
 * effect and when it was last checked; a record that could not be checked in full says
 * what is unverified, and everything built on it tells the reader to check that part.
 */

/** The date every record below was last checked against its source. */
export const RULES_CHECKED = '2026-11-30';

/** The rules the product knows. */
export type RuleId =
  | 'lower-limit'
  | 'national-threshold'
  | 'principles'
  | 'eea-threshold-services'
  | 'eea-threshold-health-social'
  | 'health-social-regime'
  | 'reserved-ideelle'
  | 'reserved-contracts'
  | 'climate-environment'
  | 'award'
  | 'innovation-partnership'
  | 'market-dialogue'
  | 'unsolicited-offers'
  | 'grant-or-purchase'
  | 'state-aid'
  | 'kommune-own-rules';

/** What a rule's `value` counts. */
export type RuleUnit = 'NOK' | 'EUR' | 'percent';

/** One rule: what holds, where it is written, since when, and how sure we are. */
export interface RuleRecord {
  id: RuleId;
  /** The rule's figure, where it has one (an amount excl. VAT, or a percentage). */
  value?: number;
  unit?: RuleUnit;
  /** A short name for the rule. */
  title: Translated;
  /** What holds, in one or two sentences; `{value}` stands for the formatted value. */
  says: Translated;
  /** The law or regulation section(s), e.g. `FOA § 5-1`. */
  reference: string;
  /** Where the fact was checked: preparatory works, a judgment, guidance. */
  source: string;
  /** The date the rule took effect (ISO 8601), where known. */
  inForce?: string;
  /** The date the record was last checked against its source. */
  checked: string;
  /** False when any part of the record could not be checked; `unverified` says which. */
  verified: boolean;
  /** What is unverified, said as something for the reader to check. */
  unverified?: Translated;
}

/** The rules whose value a kommune may replace: its own limits and newer thresholds. */
export const OVERRIDABLE_RULES = ['lower-limit', 'national-threshold', 'eea-threshold-services', 'eea-threshold-health-social'] as const;

/** A rule whose value a kommune may replace. */
export type OverridableRuleId = (typeof OVERRIDABLE_RULES)[number];

const record = (fields: Omit<RuleRecord, 'checked'>): RuleRecord => ({ ...fields, checked: RULES_CHECKED });

/** Both EEA thresholds stand in the same paragraph and are revised together. */
const eeaThresholdSource = {
  reference: 'FOA § 5-3',
  source: 'anskaffelsesforskriften',
  inForce: '2024-03-14',
  verified: false,
  unverified: {
    nb: 'Kronebeløpet for 2026 og senere er ikke funnet.',
    nn: 'Kronebeløpet for 2026 og seinare er ikkje funne.',
    en: 'The NOK figure for 2026 onward was not found.',
  },
} as const satisfies Partial<RuleRecord>;

/** Every rule, by id. Frozen: a kommune's values come in as overrides, never as edits. */
export const RULES: Readonly<Record<RuleId, Readonly<RuleRecord>>> = Object.freeze({
  'lower-limit': record({
    id: 'lower-limit',
    value: 500_000,
    unit: 'NOK',
    title: { nb: 'Nedre grense for regelverket', nn: 'Nedre grense for regelverket', en: 'Lower limit of the rules' },
    says: {
      nb: 'Kjøp med anslått verdi under {value} eks. mva. faller utenfor anskaffelsesregelverket (grensen var 100 000 kroner før 1. juli 2026).',
      nn: 'Kjøp med anslått verdi under {value} ekskl. mva. fell utanfor anskaffingsregelverket (grensa var 100 000 kroner før 1. juli 2026).',
      en: 'Purchases with an estimated value under {value} excl. VAT fall outside the procurement rules (the limit was NOK 100,000 before 1 July 2026).',
    },
    reference: 'anskaffelsesloven § 2, anskaffelsesforskriften (FOA) § 1-1',
    source: 'Prop. 147 L (2024–2025), Innst. 38 L (2025–2026)',
    inForce: '2026-07-01',
    verified: false,
    unverified: {
      nb: 'Nummeret på endringsloven er ikke kontrollert.',
      nn: 'Nummeret på endringslova er ikkje kontrollert.',
      en: "The amending act's number has not been checked.",
    },
  }),
  'national-threshold': record({
    id: 'national-threshold',
    value: 1_300_000,
    unit: 'NOK',
    title: { nb: 'Nasjonal terskelverdi', nn: 'Nasjonal terskelverdi', en: 'National threshold' },
    says: {
      nb: 'Nasjonal terskelverdi er {value} eks. mva. Mellom den nedre grensen og denne verdien gjelder bare anskaffelsesloven og del I av forskriften.',
      nn: 'Nasjonal terskelverdi er {value} ekskl. mva. Mellom den nedre grensa og denne verdien gjeld berre anskaffingslova og del I av forskrifta.',
      en: 'The national threshold is {value} excl. VAT. Between the lower limit and this value only the Public Procurement Act and part I of the regulation apply.',
    },
    reference: 'FOA § 5-1',
    source: 'anskaffelsesforskriften',
    inForce: '2018-04-06',
    verified: true,
  }),
  principles: record({
    id: 'principles',
    title: { nb: 'De grunnleggende prinsippene', nn: 'Dei grunnleggjande prinsippa', en: 'The basic principles' },
    says: {
      nb: 'Over den nedre grensen gjelder prinsippene om konkurranse, likebehandling, forutberegnelighet, etterprøvbarhet og forholdsmessighet.',
      nn: 'Over den nedre grensa gjeld prinsippa om konkurranse, likebehandling, føreseielegheit, etterprøvbarheit og forholdsmessigheit.',
      en: 'Above the lower limit the principles of competition, equal treatment, predictability, verifiability and proportionality apply.',
    },
    reference: 'anskaffelsesloven § 4',
    source: 'anskaffelsesloven',
    verified: false,
    unverified: {
      nb: 'Det er ikke kontrollert om § 4 ble opphevet eller flyttet 1. juli 2026; sjekk hvor prinsippene står nå.',
      nn: 'Det er ikkje kontrollert om § 4 vart oppheva eller flytta 1. juli 2026; sjekk kvar prinsippa står no.',
      en: 'Whether § 4 was repealed or moved on 1 July 2026 has not been checked; check where the principles now stand.',
    },
  }),
  'eea-threshold-services': record({
    id: 'eea-threshold-services',
    value: 2_300_000,
    unit: 'NOK',
    title: { nb: 'EØS-terskelverdi, varer og tjenester', nn: 'EØS-terskelverdi, varer og tenester', en: 'EEA threshold, goods and services' },
    says: {
      nb: 'For kommuner er EØS-terskelverdien for varer og tjenester {value} eks. mva.',
      nn: 'For kommunar er EØS-terskelverdien for varer og tenester {value} ekskl. mva.',
      en: 'For municipalities the EEA threshold for goods and services is {value} excl. VAT.',
    },
    ...eeaThresholdSource,
  }),
  'eea-threshold-health-social': record({
    id: 'eea-threshold-health-social',
    value: 7_800_000,
    unit: 'NOK',
    title: {
      nb: 'EØS-terskelverdi, helse- og sosialtjenester',
      nn: 'EØS-terskelverdi, helse- og sosialtenester',
      en: 'EEA threshold, health and social services',
    },
    says: {
      nb: 'For helse- og sosialtjenester og andre særlige tjenester er EØS-terskelverdien {value} eks. mva. (750 000 euro).',
      nn: 'For helse- og sosialtenester og andre særlege tenester er EØS-terskelverdien {value} ekskl. mva. (750 000 euro).',
      en: 'For health, social and other special services the EEA threshold is {value} excl. VAT (EUR 750,000).',
    },
    ...eeaThresholdSource,
  }),
  'health-social-regime': record({
    id: 'health-social-regime',
    title: { nb: 'Helse- og sosialtjenester', nn: 'Helse- og sosialtenester', en: 'Health and social services' },
    says: {
      nb: 'Over EØS-terskelverdien for slike tjenester gjelder del IV av forskriften (kapittel 30). Under den gjelder bare loven og del I, og kommunen kan velge hvem den inviterer, også bare ideelle organisasjoner; konkurranseprinsippet og eventuell grenseoverskridende interesse gjelder likevel.',
      nn: 'Over EØS-terskelverdien for slike tenester gjeld del IV av forskrifta (kapittel 30). Under han gjeld berre lova og del I, og kommunen kan velje kven han inviterer, også berre ideelle organisasjonar; konkurranseprinsippet og eventuell grenseoverskridande interesse gjeld likevel.',
      en: 'Above the EEA threshold for such services part IV of the regulation (chapter 30) applies. Below it only the Act and part I apply, and the municipality may choose whom to invite, also only non-profit organisations (ideelle organisasjoner); the competition principle and any cross-border interest still apply.',
    },
    reference: 'FOA kapittel 30',
    source: 'anskaffelsesforskriften',
    verified: true,
  }),
  'reserved-ideelle': record({
    id: 'reserved-ideelle',
    title: { nb: 'Reservert for ideelle organisasjoner', nn: 'Reservert for ideelle organisasjonar', en: 'Reserved for non-profit organisations' },
    says: {
      nb: 'Konkurranser om helse- og sosialtjenester kan reserveres for ideelle organisasjoner. Høyesterett har godtatt dette (Oslo kommunes sykehjem).',
      nn: 'Konkurransar om helse- og sosialtenester kan reserverast for ideelle organisasjonar. Høgsterett har godteke dette (sjukeheimane i Oslo kommune).',
      en: "Competitions for health and social services may be reserved for non-profit organisations (ideelle organisasjoner). The Supreme Court has upheld this (Oslo's nursing homes).",
    },
    reference: 'anskaffelsesloven § 7a, FOA § 30-2a',
    source: 'HR-2025-2425-A',
    verified: true,
  }),
  'reserved-contracts': record({
    id: 'reserved-contracts',
    value: 30,
    unit: 'percent',
    title: { nb: 'Reserverte kontrakter', nn: 'Reserverte kontraktar', en: 'Reserved contracts' },
    says: {
      nb: 'En konkurranse kan reserveres for virksomheter som har som hovedformål å integrere personer med funksjonsnedsettelse eller vanskeligstilte personer sosialt og yrkesmessig, og der minst {value} av de ansatte er slike personer. Begge vilkårene må være oppfylt.',
      nn: 'Ein konkurranse kan reserverast for verksemder som har som hovudføremål å integrere personar med funksjonsnedsetjing eller vanskelegstilte personar sosialt og yrkesmessig, og der minst {value} av dei tilsette er slike personar. Begge vilkåra må vere oppfylte.',
      en: 'A competition may be reserved for enterprises whose main purpose is the social and professional integration of disabled or disadvantaged persons, and at least {value} of whose employees are such persons. Both conditions must be met.',
    },
    reference: 'FOA § 8-8, § 16-9, § 30-3',
    source: 'anskaffelsesforskriften',
    verified: true,
  }),
  'climate-environment': record({
    id: 'climate-environment',
    value: 30,
    unit: 'percent',
    title: { nb: 'Klima og miljø', nn: 'Klima og miljø', en: 'Climate and environment' },
    says: {
      nb: 'Der det er relevant, skal klima- og miljøhensyn vektes med minst {value} i tildelingen (eller være blant de tre høyest rangerte kriteriene). Unntak: når kravspesifikasjonen ivaretar hensynet bedre, og det begrunnes.',
      nn: 'Der det er relevant, skal klima- og miljøomsyn vektast med minst {value} i tildelinga (eller vere blant dei tre høgast rangerte kriteria). Unntak: når kravspesifikasjonen tek vare på omsynet betre, og det blir grunngjeve.',
      en: 'Where relevant, climate and environmental considerations must be weighted at least {value} in the award (or be among the three highest-ranked criteria). Exception: when the requirement specification serves them better, with a stated justification.',
    },
    reference: 'FOA § 7-9',
    source: 'anskaffelsesforskriften',
    inForce: '2024-01-01',
    verified: false,
    unverified: {
      nb: 'Hvor bestemmelsen står etter 1. juli 2026, er ikke kontrollert.',
      nn: 'Kvar føresegna står etter 1. juli 2026, er ikkje kontrollert.',
      en: 'Where the provision stands after 1 July 2026 has not been checked.',
    },
  }),
  award: record({
    id: 'award',
    title: { nb: 'Tildeling', nn: 'Tildeling', en: 'Award' },
    says: {
      nb: 'Kontrakten tildeles tilbudet med best forhold mellom pris eller kostnad og kvalitet. Tre eller fire hovedkriterier er ofte nok (DFØ). Kriteriene må ha tilknytning til det som leveres, og hva som er relevant, avgjøres før konkurransen, likt for alle tilbydere, aldri per tilbud.',
      nn: 'Kontrakten blir tildelt tilbodet med best forhold mellom pris eller kostnad og kvalitet. Tre eller fire hovudkriterium er ofte nok (DFØ). Kriteria må ha tilknyting til det som blir levert, og kva som er relevant, blir avgjort før konkurransen, likt for alle tilbydarar, aldri per tilbod.',
      en: 'The contract is awarded to the offer with the best ratio of price or cost to quality. Three or four main criteria are often enough (DFØ). The criteria must be linked to what is delivered, and what is relevant is decided before the competition, alike for every supplier, never per offer.',
    },
    reference: 'FOA § 8-11 (del II), § 18-1 (del III)',
    source: 'anskaffelsesforskriften; DFØ, veiledning om tildelingskriterier',
    verified: true,
  }),
  'innovation-partnership': record({
    id: 'innovation-partnership',
    title: { nb: 'Innovasjonspartnerskap', nn: 'Innovasjonspartnarskap', en: 'Innovation partnership' },
    says: {
      nb: 'Innovasjonspartnerskap er en kunngjort konkurranse, bare for reell innovasjon. Den som foreslo ideen, kan ikke få fortrinn (likebehandling).',
      nn: 'Innovasjonspartnarskap er ein kunngjord konkurranse, berre for reell innovasjon. Den som føreslo ideen, kan ikkje få fortrinn (likebehandling).',
      en: 'An innovation partnership is an announced competition, only for real innovation. Whoever proposed the idea gets no preference (equal treatment).',
    },
    reference: 'FOA kapittel 13',
    source: 'anskaffelsesforskriften',
    verified: false,
    unverified: {
      nb: 'Hvilken paragraf i kapittel 13 som gjelder, er ikke kontrollert.',
      nn: 'Kva paragraf i kapittel 13 som gjeld, er ikkje kontrollert.',
      en: 'Which section of chapter 13 applies has not been checked.',
    },
  }),
  'market-dialogue': record({
    id: 'market-dialogue',
    title: { nb: 'Markedsdialog', nn: 'Marknadsdialog', en: 'Market dialogue' },
    says: {
      nb: 'Dialog med markedet før en konkurranse er lovlig når leverandørene behandles likt, ingen får en urimelig fordel, og ingen forretningshemmeligheter deles. At en leverandør har vært involvert på forhånd, må håndteres.',
      nn: 'Dialog med marknaden før ein konkurranse er lovleg når leverandørane blir behandla likt, ingen får ein urimeleg fordel, og ingen forretningsløyndomar blir delte. At ein leverandør har vore involvert på førehand, må handterast.',
      en: "Dialogue with the market before a competition is lawful when suppliers are treated equally, no unfair advantage arises, and no trade secrets are shared. A supplier's prior involvement must be handled.",
    },
    reference: 'FOA § 9-3, § 12-2',
    source: 'anskaffelsesforskriften',
    verified: true,
  }),
  'unsolicited-offers': record({
    id: 'unsolicited-offers',
    title: { nb: 'Uoppfordrede tilbud', nn: 'Uoppfordra tilbod', en: 'Unsolicited offers' },
    says: {
      nb: 'Over den nedre grensen kan kommunen sjelden bare ta imot et uoppfordret tilbud. Den gjennomfører en konkurranse, med mindre et unntak gjelder (for eksempel at bare én leverandør er mulig, FOA § 13-4). Tilbudet kan brukes i markedsdialogen.',
      nn: 'Over den nedre grensa kan kommunen sjeldan berre ta imot eit uoppfordra tilbod. Han gjennomfører ein konkurranse, med mindre eit unntak gjeld (til dømes at berre éin leverandør er mogleg, FOA § 13-4). Tilbodet kan brukast i marknadsdialogen.',
      en: 'Above the lower limit a municipality can rarely just accept an unsolicited offer. It runs a competition unless an exception applies (for example, only one possible supplier, FOA § 13-4). The offer can feed the market dialogue.',
    },
    reference: 'FOA § 13-4 (unntak)',
    source: 'DFØ, veiledning; Helsedirektoratet',
    verified: true,
  }),
  'grant-or-purchase': record({
    id: 'grant-or-purchase',
    title: { nb: 'Tilskudd eller anskaffelse', nn: 'Tilskot eller anskaffing', en: 'Grant or purchase' },
    says: {
      nb: 'Det er hva ordningen faktisk er, ikke hva den kalles, som avgjør. Et tilskudd uten en gjensidig bindende ytelse tilbake er ikke en anskaffelse. Et kjøp forkledd som tilskudd er en ulovlig direkte anskaffelse.',
      nn: 'Det er kva ordninga faktisk er, ikkje kva ho blir kalla, som avgjer. Eit tilskot utan ei gjensidig bindande yting tilbake er ikkje ei anskaffing. Eit kjøp forkledd som tilskot er ei ulovleg direkte anskaffing.',
      en: 'What the arrangement actually is decides, not its label. A grant with no mutually binding service in return is not a purchase. A purchase disguised as a grant is an illegal direct award.',
    },
    reference: 'anskaffelsesloven, FOA',
    source: 'DFØ, «Tilskudd eller anskaffelse?»',
    verified: true,
  }),
  'state-aid': record({
    id: 'state-aid',
    value: 300_000,
    unit: 'EUR',
    title: { nb: 'Offentlig støtte', nn: 'Offentleg støtte', en: 'State aid' },
    says: {
      nb: 'Støtte til en virksomhet kan være offentlig støtte. Bagatellmessig støtte er tillatt opp til {value} over tre år (i Norge fra 11. november 2024), 750 000 euro for tjenester av allmenn økonomisk betydning.',
      nn: 'Støtte til ei verksemd kan vere offentleg støtte. Bagatellmessig støtte er tillaten opp til {value} over tre år (i Noreg frå 11. november 2024), 750 000 euro for tenester av allmenn økonomisk betydning.',
      en: 'Support to an enterprise can be state aid. De minimis aid is allowed up to {value} over three years (in Norway from 11 November 2024), EUR 750,000 for services of general economic interest.',
    },
    reference: 'EØS-avtalen art. 61; forordning (EU) 2023/2831',
    source: 'forordning (EU) 2023/2831',
    inForce: '2024-11-11',
    verified: true,
  }),
  'kommune-own-rules': record({
    id: 'kommune-own-rules',
    title: { nb: 'Kommunens egne innkjøpsregler', nn: 'Innkjøpsreglane til kommunen', en: "The municipality's own purchasing rules" },
    says: {
      nb: 'Kommunen kan ha egne innkjøpsregler som krever mer enn loven, også under den nedre grensen.',
      nn: 'Kommunen kan ha eigne innkjøpsreglar som krev meir enn lova, også under den nedre grensa.',
      en: 'The municipality may have its own purchasing rules that ask for more than the law, also below the lower limit.',
    },
    reference: 'kommunens innkjøpsreglement',
    source: 'kommunen',
    verified: false,
    unverified: {
      nb: 'Hva kommunens egne regler sier, kan bare kommunen svare på.',
      nn: 'Kva reglane til kommunen sjølv seier, kan berre kommunen svare på.',
      en: "Only the municipality can say what its own rules require.",
    },
  }),
} satisfies Record<RuleId, RuleRecord>);

/** A kommune's own value for a rule: a stricter internal limit, or a newer threshold. */
export interface RuleOverride {
  rule: OverridableRuleId;
  value: number;
  /** Where the kommune's value comes from, e.g. "Innkjøpsreglement 2026, pkt. 3". */
  source?: string;
}

/** A rule as it applies to one kommune: the record, with the kommune's value where it set one. */
export interface EffectiveRule extends RuleRecord {
  /** Present when the kommune replaced the value: the value it replaced, and the kommune's source. */
  kommune?: { original: number; source?: string };
}

/** The rules with a kommune's overrides applied; the later override of a rule wins. */
export function effectiveRules(overrides: readonly RuleOverride[] = []): Record<RuleId, EffectiveRule> {
  const rules = Object.fromEntries(Object.entries(RULES).map(([id, rule]) => [id, { ...rule }])) as Record<RuleId, EffectiveRule>;
  for (const override of overrides) {
    const rule = rules[override.rule];
    const original = RULES[override.rule].value ?? override.value;
    rule.value = override.value;
    rule.kommune = override.source ? { original, source: override.source } : { original };
  }
  return rules;
}

const overrideProblem = (code: string, path: string, message: Translated): Problem => ({ code, severity: 'error', path, message });

/** Above this a value is taken for a typing mistake: no kommune's contract is worth NOK 100 billion. */
export const ABSURD_AMOUNT = 100_000_000_000;

/**
 * Reads a kommune's overrides from untrusted input (an attribute's JSON, a property): a list
 * of `{ rule, value, source? }`. Anything else is reported, never guessed; the good entries
 * are kept.
 */
export function parseRuleOverrides(value: unknown): { overrides: RuleOverride[]; problems: Problem[] } {
  if (value === undefined || value === null || value === '') return { overrides: [], problems: [] };
  if (!Array.isArray(value)) {
    return {
      overrides: [],
      problems: [
        overrideProblem('overrides-not-list', '', {
          nb: 'Kommunens egne verdier må være en liste.',
          nn: 'Kommunen sine eigne verdiar må vere ei liste.',
          en: "The municipality's own values must be a list.",
        }),
      ],
    };
  }
  const overrides: RuleOverride[] = [];
  const problems: Problem[] = [];
  value.forEach((entry: unknown, index) => {
    const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const rule = item['rule'];
    const amount = item['value'];
    if (typeof rule !== 'string' || !(OVERRIDABLE_RULES as readonly string[]).includes(rule)) {
      problems.push(
        overrideProblem('override-unknown-rule', `[${index}].rule`, {
          nb: `Ukjent regel: ${String(rule)}. Kommunen kan sette egne verdier for ${OVERRIDABLE_RULES.join(', ')}.`,
          nn: `Ukjend regel: ${String(rule)}. Kommunen kan setje eigne verdiar for ${OVERRIDABLE_RULES.join(', ')}.`,
          en: `Unknown rule: ${String(rule)}. A municipality can set its own values for ${OVERRIDABLE_RULES.join(', ')}.`,
        }),
      );
      return;
    }
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0 || amount >= ABSURD_AMOUNT) {
      problems.push(
        overrideProblem('override-bad-value', `[${index}].value`, {
          nb: `Verdien for ${rule} må være et beløp i kroner over 0.`,
          nn: `Verdien for ${rule} må vere eit beløp i kroner over 0.`,
          en: `The value for ${rule} must be an amount in NOK above 0.`,
        }),
      );
      return;
    }
    const source = item['source'];
    overrides.push(typeof source === 'string' && source.trim() ? { rule: rule as OverridableRuleId, value: amount, source: source.trim() } : { rule: rule as OverridableRuleId, value: amount });
  });
  return { overrides, problems };
}

/** Groups digits with a space (nb, nn) or a comma (en). */
function groupDigits(value: number, separator: string): string {
  const whole = Math.round(value).toString();
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** An amount or percentage as written in each language: `500 000 kroner`, `NOK 500,000`, `30 %`. */
export function formatRuleValue(value: number, unit: RuleUnit, lang: Lang): string {
  const norwegian = lang !== 'en';
  if (unit === 'percent') return norwegian ? `${value}\u00a0%` : `${value}%`;
  if (unit === 'EUR') return norwegian ? `${groupDigits(value, '\u00a0')} euro` : `EUR ${groupDigits(value, ',')}`;
  return norwegian ? `${groupDigits(value, '\u00a0')} kroner` : `NOK ${groupDigits(value, ',')}`;
}

/**
 * What a rule says, in a language, with the rules' own value filled in. A kommune's value is
 * said beside it ({@link kommuneValueNote}), never in its place: the law's statement stays true.
 */
export function ruleStatement(rule: RuleRecord | EffectiveRule, lang: Lang): string {
  const text = rule.says[lang];
  const value = 'kommune' in rule && rule.kommune ? rule.kommune.original : rule.value;
  return value !== undefined && rule.unit ? text.replace('{value}', formatRuleValue(value, rule.unit, lang)) : text;
}

/** "Check this" before what is unverified, in each language. */
const CHECK: Translated = { nb: 'Sjekk dette', nn: 'Sjekk dette', en: 'Check this' };

/** The "check this" note of an unverified rule, with its reference; undefined for a verified rule. */
export function ruleCheckNote(rule: RuleRecord, lang: Lang): string | undefined {
  if (rule.verified || !rule.unverified) return undefined;
  return `${CHECK[lang]} (${rule.reference}): ${rule.unverified[lang]}`;
}

/** The note that a value is the kommune's own, not the law's. */
export function kommuneValueNote(rule: EffectiveRule, lang: Lang): string | undefined {
  if (!rule.kommune || !rule.unit) return undefined;
  const original = formatRuleValue(rule.kommune.original, rule.unit, lang);
  const source = rule.kommune.source ? ` (${rule.kommune.source})` : '';
  const own = rule.value !== undefined ? formatRuleValue(rule.value, rule.unit, lang) : '';
  const note: Translated = {
    nb: `Kommunen bruker sin egen verdi, ${own}${source}, i stedet for regelverkets ${original}. Veiledningen regner med kommunens verdi.`,
    nn: `Kommunen nyttar sin eigen verdi, ${own}${source}, i staden for ${original} i regelverket. Rettleiinga reknar med verdien til kommunen.`,
    en: `The municipality uses its own value, ${own}${source}, instead of the rules' ${original}. The guide works with the municipality's value.`,
  };
  return note[lang];
}

/*
 * What the route guide says, sentence by sentence: the routes, their conditions, what the
 * kommune cannot do, how to use an offer in market dialogue, and next steps. Each sentence
 * names the rule it rests on; `check` marks a sentence the rules table does not settle, which
 * the guide then says as "check this". Placeholders: `{lower}` (the lower limit), `{threshold}`
 * (the EEA threshold that applies) and `{percent}` (the reserved-contract share).
 */

/** One sentence of guidance and the rule it rests on. */
export interface GuidanceSentence {
  rule: RuleId;
  text: Translated;
  /** True when the rules table does not settle the point: said as "check this". */
  check?: boolean;
}

const say = (rule: RuleId, text: Translated, check = false): GuidanceSentence => (check ? { rule, text, check } : { rule, text });

/** Every sentence the route guide can say, by id. */
export const GUIDANCE = Object.freeze({
  // Why the grant-or-purchase rule applies, by what the kommune wants.
  'why-grant': say('grant-or-purchase', {
    nb: 'Kommunen vil gi tilskudd. Får kommunen en bindende ytelse tilbake, er det et kjøp, og reglene for kjøp ved denne verdien gjelder.',
    nn: 'Kommunen vil gi tilskot. Får kommunen ei bindande yting tilbake, er det eit kjøp, og reglane for kjøp ved denne verdien gjeld.',
    en: 'The municipality wants to give a grant. If it gets a binding service in return, it is a purchase, and the rules for purchases at this value apply.',
  }),
  'why-pilot': say('grant-or-purchase', {
    nb: 'Kommunen vil prøve tilbudet ut. En pilot er ingen egen vei: betaler kommunen for en ytelse, er det et kjøp; støtter den uten å få en ytelse tilbake, kan det være et tilskudd.',
    nn: 'Kommunen vil prøve tilbodet ut. Ein pilot er ingen eigen veg: betaler kommunen for ei yting, er det eit kjøp; støttar han utan å få ei yting tilbake, kan det vere eit tilskot.',
    en: 'The municipality wants to test the offer. A pilot is no route of its own: if the municipality pays for a service, it is a purchase; if it supports without a service in return, it may be a grant.',
  }),
  // Routes: titles.
  'route-direct-purchase': say('lower-limit', { nb: 'Kjøpe direkte', nn: 'Kjøpe direkte', en: 'Buy directly' }),
  'route-competition': say('principles', { nb: 'Konkurranse', nn: 'Konkurranse', en: 'Competition' }),
  'route-invite-chosen': say('health-social-regime', {
    nb: 'Invitere utvalgte leverandører, også bare ideelle',
    nn: 'Invitere utvalde leverandørar, også berre ideelle',
    en: 'Invite chosen suppliers, also only non-profit organisations',
  }),
  'route-reserved-ideelle': say('reserved-ideelle', {
    nb: 'Konkurranse reservert for ideelle organisasjoner',
    nn: 'Konkurranse reservert for ideelle organisasjonar',
    en: 'Competition reserved for non-profit organisations',
  }),
  'route-reserved-contract': say('reserved-contracts', {
    nb: 'Reservert konkurranse for arbeidsintegrerende virksomheter',
    nn: 'Reservert konkurranse for arbeidsintegrerande verksemder',
    en: 'Competition reserved for work-integration enterprises',
  }),
  'route-exception': say('unsolicited-offers', {
    nb: 'Direkte kontrakt etter et unntak',
    nn: 'Direkte kontrakt etter eit unntak',
    en: 'Direct contract under an exception',
  }),
  'route-innovation-partnership': say('innovation-partnership', {
    nb: 'Innovasjonspartnerskap',
    nn: 'Innovasjonspartnarskap',
    en: 'Innovation partnership',
  }),
  'route-grant': say('grant-or-purchase', { nb: 'Tilskudd', nn: 'Tilskot', en: 'Grant' }),
  // Routes: conditions.
  'direct-value-whole-period': say('lower-limit', {
    nb: 'Den anslåtte verdien for hele kontraktsperioden er under {lower} eks. mva.',
    nn: 'Den anslåtte verdien for heile kontraktsperioden er under {lower} ekskl. mva.',
    en: 'The estimated value over the whole contract period is under {lower} excl. VAT.',
  }),
  'direct-own-rules': say(
    'kommune-own-rules',
    {
      nb: 'Kommunens egne innkjøpsregler tillater et direkte kjøp av denne størrelsen.',
      nn: 'Innkjøpsreglane til kommunen tillèt eit direkte kjøp av denne storleiken.',
      en: "The municipality's own purchasing rules allow a direct purchase of this size.",
    },
    true,
  ),
  'competition-open': say('principles', {
    nb: 'Alle leverandører som kan levere, får samme mulighet og samme informasjon (konkurranse og likebehandling).',
    nn: 'Alle leverandørar som kan levere, får same høve og same informasjon (konkurranse og likebehandling).',
    en: 'Every supplier able to deliver gets the same chance and the same information (competition and equal treatment).',
  }),
  'competition-criteria-first': say('award', {
    nb: 'Kriteriene og vektene er bestemt og kunngjort før tilbudene kommer inn, og er knyttet til det som leveres.',
    nn: 'Kriteria og vektene er avgjorde og kunngjorde før tilboda kjem inn, og er knytte til det som blir levert.',
    en: 'The criteria and weights are set and announced before offers come in, and are linked to what is delivered.',
  }),
  'invite-competition-still': say('health-social-regime', {
    nb: 'Konkurranseprinsippet gjelder fortsatt: inviter flere enn avsenderen der det finnes flere som kan levere, og vurder om tjenesten kan interessere leverandører i andre EØS-land.',
    nn: 'Konkurranseprinsippet gjeld framleis: inviter fleire enn avsendaren der det finst fleire som kan levere, og vurder om tenesta kan interessere leverandørar i andre EØS-land.',
    en: 'The competition principle still applies: invite more than the sender where others can deliver, and consider whether the service may interest suppliers in other EEA countries.',
  }),
  'invite-below-threshold': say('health-social-regime', {
    nb: 'Den anslåtte verdien er under EØS-terskelverdien for helse- og sosialtjenester ({threshold}).',
    nn: 'Den anslåtte verdien er under EØS-terskelverdien for helse- og sosialtenester ({threshold}).',
    en: 'The estimated value is under the EEA threshold for health and social services ({threshold}).',
  }),
  'ideelle-health-social': say('reserved-ideelle', {
    nb: 'Tjenesten er en helse- eller sosialtjeneste.',
    nn: 'Tenesta er ei helse- eller sosialteneste.',
    en: 'The service is a health or social service.',
  }),
  'ideelle-still-competition': say('reserved-ideelle', {
    nb: 'Det er fortsatt en konkurranse: alle ideelle organisasjoner som kan levere, kan delta.',
    nn: 'Det er framleis ein konkurranse: alle ideelle organisasjonar som kan levere, kan delta.',
    en: 'It is still a competition: every non-profit organisation able to deliver may take part.',
  }),
  'ideelle-definition': say(
    'reserved-ideelle',
    {
      nb: 'Leverandøren oppfyller regelverkets krav til en ideell organisasjon.',
      nn: 'Leverandøren oppfyller krava regelverket stiller til ein ideell organisasjon.',
      en: 'The supplier meets the rules’ requirements for a non-profit organisation.',
    },
    true,
  ),
  'reserved-main-purpose': say('reserved-contracts', {
    nb: 'Virksomhetens hovedformål er sosial og yrkesmessig integrering av personer med funksjonsnedsettelse eller vanskeligstilte personer.',
    nn: 'Hovudføremålet til verksemda er sosial og yrkesmessig integrering av personar med funksjonsnedsetjing eller vanskelegstilte personar.',
    en: "The enterprise's main purpose is the social and professional integration of disabled or disadvantaged persons.",
  }),
  'reserved-share': say('reserved-contracts', {
    nb: 'Minst {percent} av de ansatte er slike personer.',
    nn: 'Minst {percent} av dei tilsette er slike personar.',
    en: 'At least {percent} of the employees are such persons.',
  }),
  'reserved-still-competition': say('reserved-contracts', {
    nb: 'Det er fortsatt en konkurranse mellom alle virksomheter som oppfyller begge vilkårene.',
    nn: 'Det er framleis ein konkurranse mellom alle verksemder som oppfyller begge vilkåra.',
    en: 'It is still a competition among every enterprise meeting both conditions.',
  }),
  'reserved-part-one': say(
    'reserved-contracts',
    {
      nb: 'Ved denne verdien gjelder bare del I av forskriften; om og hvordan en kontrakt kan reserveres her, er ikke kontrollert.',
      nn: 'Ved denne verdien gjeld berre del I av forskrifta; om og korleis ein kontrakt kan reserverast her, er ikkje kontrollert.',
      en: 'At this value only part I of the regulation applies; whether and how a contract can be reserved here has not been checked.',
    },
    true,
  ),
  'exception-applies': say(
    'unsolicited-offers',
    {
      nb: 'Et unntak gjelder, for eksempel at bare én leverandør kan levere (FOA § 13-4). Vilkårene for unntaket må kontrolleres før kommunen bygger på det.',
      nn: 'Eit unntak gjeld, til dømes at berre éin leverandør kan levere (FOA § 13-4). Vilkåra for unntaket må kontrollerast før kommunen byggjer på det.',
      en: "An exception applies, for example that only one supplier can deliver (FOA § 13-4). The exception's conditions must be checked before the municipality relies on it.",
    },
    true,
  ),
  'innovation-announced': say('innovation-partnership', {
    nb: 'Partnerskapet kunngjøres som en konkurranse, og bare for reell innovasjon.',
    nn: 'Partnarskapet blir kunngjort som ein konkurranse, og berre for reell innovasjon.',
    en: 'The partnership is announced as a competition, and only for real innovation.',
  }),
  'innovation-no-preference': say('innovation-partnership', {
    nb: 'Den som sendte ideen, får ikke fortrinn.',
    nn: 'Den som sende ideen, får ikkje fortrinn.',
    en: 'Whoever sent the idea gets no preference.',
  }),
  'grant-no-binding-service': say('grant-or-purchase', {
    nb: 'Kommunen får ingen gjensidig bindende ytelse tilbake: den støtter tiltaket, men bestiller ikke en tjeneste.',
    nn: 'Kommunen får inga gjensidig bindande yting tilbake: han støttar tiltaket, men bestiller ikkje ei teneste.',
    en: 'The municipality gets no mutually binding service in return: it supports the activity but does not order a service.',
  }),
  'grant-state-aid': say('state-aid', {
    nb: 'Støtten holder seg innenfor reglene om offentlig støtte, for eksempel grensen for bagatellmessig støtte.',
    nn: 'Støtta held seg innanfor reglane om offentleg støtte, til dømes grensa for bagatellmessig støtte.',
    en: 'The support stays within the state aid rules, for example the de minimis ceiling.',
  }),
  // What the kommune cannot do.
  'cannot-accept-directly': say('unsolicited-offers', {
    nb: 'Ta imot det uoppfordrede tilbudet direkte, uten konkurranse, når verdien er {lower} eller mer, med mindre et unntak gjelder.',
    nn: 'Ta imot det uoppfordra tilbodet direkte, utan konkurranse, når verdien er {lower} eller meir, med mindre eit unntak gjeld.',
    en: 'Accept the unsolicited offer directly, without a competition, when the value is {lower} or more, unless an exception applies.',
  }),
  'cannot-tailor': say('award', {
    nb: 'Skrive krav eller kriterier slik at bare dette tilbudet passer, eller avgjøre per tilbud hvilke kriterier som teller.',
    nn: 'Skrive krav eller kriterium slik at berre dette tilbodet passar, eller avgjere per tilbod kva kriterium som tel.',
    en: 'Write requirements or criteria so that only this offer fits, or decide per offer which criteria count.',
  }),
  'cannot-disguise': say('grant-or-purchase', {
    nb: 'Kalle et kjøp for tilskudd for å slippe konkurranse: et forkledd kjøp er en ulovlig direkte anskaffelse.',
    nn: 'Kalle eit kjøp for tilskot for å sleppe konkurranse: eit forkledd kjøp er ei ulovleg direkte anskaffing.',
    en: 'Call a purchase a grant to avoid a competition: a disguised purchase is an illegal direct award.',
  }),
  'cannot-pilot-route': say('grant-or-purchase', {
    nb: 'Behandle et forsøk eller en pilot som en egen anskaffelsesvei: en betalt pilot med en bindende ytelse tilbake er et kjøp, med de samme reglene.',
    nn: 'Behandle eit forsøk eller ein pilot som ein eigen anskaffingsveg: ein betalt pilot med ei bindande yting tilbake er eit kjøp, med dei same reglane.',
    en: 'Treat a trial or pilot as a procurement route of its own: a paid pilot with a binding service in return is a purchase, under the same rules.',
  }),
  'cannot-partnership-for-sender': say('innovation-partnership', {
    nb: 'Bruke innovasjonspartnerskap for å gi kontrakten til den som foreslo ideen.',
    nn: 'Bruke innovasjonspartnarskap for å gi kontrakten til den som føreslo ideen.',
    en: 'Use an innovation partnership to give the contract to whoever proposed the idea.',
  }),
  // Using the offer in market dialogue.
  'dialogue-open': say('market-dialogue', {
    nb: 'Spør markedet åpent om flere kan dekke det samme behovet, og gi alle den samme informasjonen.',
    nn: 'Spør marknaden ope om fleire kan dekkje det same behovet, og gi alle den same informasjonen.',
    en: 'Ask the market openly whether others can meet the same need, and give everyone the same information.',
  }),
  'dialogue-secrets': say('market-dialogue', {
    nb: 'Ikke del avsenderens forretningshemmeligheter, for eksempel kalkyler eller metoder de har bedt om å holde for seg selv.',
    nn: 'Ikkje del forretningsløyndomane til avsendaren, til dømes kalkylar eller metodar dei har bede om å halde for seg sjølve.',
    en: "Do not share the sender's trade secrets, such as costings or methods it has asked to keep to itself.",
  }),
  'dialogue-need-not-solution': say('market-dialogue', {
    nb: 'Bruk tilbudet til å forstå behovet og hva som er mulig, og beskriv så behovet og resultatene kommunen vil ha (funksjonsbeskrivelse), ikke avsenderens løsning.',
    nn: 'Bruk tilbodet til å forstå behovet og kva som er mogleg, og skildre så behovet og resultata kommunen vil ha (funksjonsskildring), ikkje løysinga til avsendaren.',
    en: "Use the offer to understand the need and what is possible, then describe the need and the results the municipality wants (a functional description), not the sender's solution.",
  }),
  'dialogue-prior-involvement': say('market-dialogue', {
    nb: 'Avsenderen har vært involvert før konkurransen. Det må håndteres, for eksempel ved at alle får den informasjonen avsenderen har fått.',
    nn: 'Avsendaren har vore involvert før konkurransen. Det må handterast, til dømes ved at alle får den informasjonen avsendaren har fått.',
    en: 'The sender was involved before the competition. This must be handled, for example by giving everyone the information the sender has had.',
  }),
  // Next steps.
  'next-direct': say('kommune-own-rules', {
    nb: 'Sjekk kommunens egne innkjøpsregler, og avtal skriftlig hva som leveres, hvor lenge og til hvilken pris.',
    nn: 'Sjekk innkjøpsreglane til kommunen, og avtal skriftleg kva som blir levert, kor lenge og til kva pris.',
    en: "Check the municipality's own purchasing rules, and agree in writing what is delivered, for how long and at what price.",
  }),
  'next-competition': say('market-dialogue', {
    nb: 'Hold en åpen markedsdialog, beskriv behovet som en funksjon, og kunngjør en konkurranse med tildelingskriteriene bestemt på forhånd.',
    nn: 'Hald ein open marknadsdialog, skildre behovet som ein funksjon, og kunngjer ein konkurranse med tildelingskriteria avgjorde på førehand.',
    en: 'Hold an open market dialogue, describe the need as a function, and announce a competition with the award criteria set in advance.',
  }),
  'next-reserve': say('reserved-ideelle', {
    nb: 'Avgjør før konkurransen om den skal reserveres, og skriv det i kunngjøringen.',
    nn: 'Avgjer før konkurransen om han skal reserverast, og skriv det i kunngjeringa.',
    en: 'Decide before the competition whether to reserve it, and say so in the notice.',
  }),
  'next-grant': say('grant-or-purchase', {
    nb: 'Avklar om kommunen får en gjensidig bindende ytelse tilbake (DFØ: «Tilskudd eller anskaffelse?»). Hvis ikke: forbered et tilskuddsvedtak og sjekk hvor mye støtte virksomheten har fått de siste tre årene.',
    nn: 'Avklar om kommunen får ei gjensidig bindande yting tilbake (DFØ: «Tilskudd eller anskaffelse?»). Viss ikkje: førebu eit tilskotsvedtak og sjekk kor mykje støtte verksemda har fått dei siste tre åra.',
    en: 'Establish whether the municipality gets a mutually binding service in return (DFØ: "Tilskudd eller anskaffelse?"). If not: prepare a grant decision and check how much aid the enterprise has had over the last three years.',
  }),
} satisfies Record<string, GuidanceSentence>);

/** The id of a guidance sentence. */
export type GuidanceId = keyof typeof GUIDANCE;

/** Says "check this" with a reference, for a sentence the rules do not settle. */
export function checkThis(reference: string, lang: Lang): string {
  return `${CHECK[lang]} (${reference})`;
}
