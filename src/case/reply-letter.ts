import type { Assessment, Conclusion, Decision } from '../assessment/types.js';
import type { Contact, Framework } from '../framework/types.js';
import { findGaps } from '../scoring/insights.js';
import { goalCoverage, type GoalCoverage } from '../scoring/goals.js';
import { scoreAssessment } from '../scoring/score.js';
import type { Lang } from '../text/lang.js';
import { resolveText } from '../text/text.js';

/**
 * A draft reply to the entrepreneur, written from the official's decision record: what was
 * concluded and why, the kommune's goals the offer serves and who owns them, and what would
 * lift the offer where it is weakest. Polite and constructive whatever the conclusion, since
 * the report found entrepreneurs are often turned away without knowing why. Plain text: the
 * official edits it before it is copied or printed.
 */

/** The letter: a subject line and the body, paragraphs separated by blank lines. */
export interface ReplyLetter {
  subject: string;
  body: string;
}

/** Options for {@link replyLetter}. */
export interface ReplyLetterOptions {
  lang: Lang;
  /** How many gaps (with what the next level would take) to name; default 3. */
  gaps?: number;
  /** How many goals the offer serves to name; default 2. */
  goals?: number;
  /** Formats the decision date; default ISO date (`YYYY-MM-DD`). */
  formatDate?: (date: Date) => string;
}

/** A goal score at least this high is worth naming as one the offer serves. */
const SERVES_GOAL_FROM = 50;

interface Words {
  subject(title: string): string;
  greeting(organisation: string): string;
  thanks(title: string): string;
  conclusion: Record<Conclusion, string>;
  referTo(target: string): string;
  reasons: string;
  goals: string;
  owner(contact: string): string;
  gaps: string;
  gap(criterion: string, current: string, next: string, description: string): string;
  noGaps: string;
  questions(name: string): string;
  questionsNoName: string;
  regards: string;
  reference(caseNumber: string): string;
  decided(date: string): string;
}

const WORDS: Record<Lang, Words> = {
  nb: {
    subject: (title) => `Svar på tilbudet${title ? ` ${quoted('nb', title)}` : ''}`,
    greeting: (organisation) => (organisation ? `Til ${organisation}` : 'Hei'),
    thanks: (title) =>
      `Takk for at dere har presentert tilbudet${title ? ` ${quoted('nb', title)}` : ''} for kommunen. Vi har vurdert det etter kommunens kriterier for tilbud fra sosiale entreprenører, og her er svaret vårt.`,
    conclusion: {
      'follow-up': 'Vi ønsker å gå videre med tilbudet, og tar kontakt for å avtale neste steg.',
      refer: 'Vi mener tilbudet hører hjemme hos en annen del av kommunen, og har sendt saken videre.',
      decline:
        'Vi går ikke videre med tilbudet nå. Det betyr ikke at tilbudet mangler verdi, og vi håper vurderingen under er til nytte hvis dere vil utvikle det videre eller komme tilbake senere.',
      undecided: 'Vi har ikke konkludert ennå. Vi gir beskjed når saken er avgjort.',
    },
    referTo: (target) => `Vi mener tilbudet hører hjemme hos ${target}, og har sendt saken dit.`,
    reasons: 'Begrunnelse:',
    goals: 'Tilbudet bidrar særlig til disse målene i kommunens plan:',
    owner: (contact) => `ansvarlig: ${contact}`,
    gaps: 'Dette kan styrke tilbudet mest, med det som skal til for å nå neste nivå:',
    gap: (criterion, current, next, description) =>
      `${criterion}: vurdert til ${quoted('nb', current)}. Neste nivå, ${quoted('nb', next)}${description ? `: ${description}` : '.'}`,
    noGaps: 'Vi fant ingen kriterier der tilbudet kan løftes ett nivå til.',
    questions: (name) => `Har dere spørsmål om vurderingen, ta gjerne kontakt med ${name}.`,
    questionsNoName: 'Har dere spørsmål om vurderingen, ta gjerne kontakt med oss.',
    regards: 'Med vennlig hilsen',
    reference: (caseNumber) => `Vår referanse: ${caseNumber}`,
    decided: (date) => `Dato: ${date}`,
  },
  nn: {
    subject: (title) => `Svar på tilbodet${title ? ` ${quoted('nn', title)}` : ''}`,
    greeting: (organisation) => (organisation ? `Til ${organisation}` : 'Hei'),
    thanks: (title) =>
      `Takk for at de har presentert tilbodet${title ? ` ${quoted('nn', title)}` : ''} for kommunen. Vi har vurdert det etter kriteria kommunen har for tilbod frå sosiale entreprenørar, og her er svaret vårt.`,
    conclusion: {
      'follow-up': 'Vi ønskjer å gå vidare med tilbodet, og tek kontakt for å avtale neste steg.',
      refer: 'Vi meiner tilbodet høyrer heime hos ein annan del av kommunen, og har sendt saka vidare.',
      decline:
        'Vi går ikkje vidare med tilbodet no. Det tyder ikkje at tilbodet manglar verdi, og vi håper vurderinga under er til nytte om de vil utvikle det vidare eller kome tilbake seinare.',
      undecided: 'Vi har ikkje konkludert enno. Vi gir beskjed når saka er avgjord.',
    },
    referTo: (target) => `Vi meiner tilbodet høyrer heime hos ${target}, og har sendt saka dit.`,
    reasons: 'Grunngiving:',
    goals: 'Tilbodet bidreg særleg til desse måla i planen til kommunen:',
    owner: (contact) => `ansvarleg: ${contact}`,
    gaps: 'Dette kan styrkje tilbodet mest, med det som skal til for å nå neste nivå:',
    gap: (criterion, current, next, description) =>
      `${criterion}: vurdert til ${quoted('nn', current)}. Neste nivå, ${quoted('nn', next)}${description ? `: ${description}` : '.'}`,
    noGaps: 'Vi fann ingen kriterium der tilbodet kan lyftast eitt nivå til.',
    questions: (name) => `Har de spørsmål om vurderinga, ta gjerne kontakt med ${name}.`,
    questionsNoName: 'Har de spørsmål om vurderinga, ta gjerne kontakt med oss.',
    regards: 'Med venleg helsing',
    reference: (caseNumber) => `Referansen vår: ${caseNumber}`,
    decided: (date) => `Dato: ${date}`,
  },
  en: {
    subject: (title) => `Reply to the offer${title ? ` ${quoted('en', title)}` : ''}`,
    greeting: (organisation) => (organisation ? `To ${organisation}` : 'Hello'),
    thanks: (title) =>
      `Thank you for presenting the offer${title ? ` ${quoted('en', title)}` : ''} to the municipality. We have assessed it against the municipality's criteria for offers from social entrepreneurs, and this is our reply.`,
    conclusion: {
      'follow-up': 'We would like to take the offer further, and will be in touch to agree on the next step.',
      refer: 'We believe the offer belongs with another part of the municipality, and have passed the case on.',
      decline:
        'We will not take the offer further at this time. This does not mean the offer lacks value, and we hope the assessment below is useful if you develop it further or come back later.',
      undecided: 'We have not reached a conclusion yet. We will let you know when the case is decided.',
    },
    referTo: (target) => `We believe the offer belongs with ${target}, and have passed the case on to them.`,
    reasons: 'Reasons:',
    goals: "The offer serves these goals of the municipality's plan in particular:",
    owner: (contact) => `responsible: ${contact}`,
    gaps: 'What would strengthen the offer most, with what it takes to reach the next level:',
    gap: (criterion, current, next, description) =>
      `${criterion}: assessed as ${quoted('en', current)}. The next level, ${quoted('en', next)}${description ? `: ${description}` : '.'}`,
    noGaps: 'We found no criterion where the offer can be lifted one more level.',
    questions: (name) => `If you have questions about the assessment, please contact ${name}.`,
    questionsNoName: 'If you have questions about the assessment, please contact us.',
    regards: 'Kind regards',
    reference: (caseNumber) => `Our reference: ${caseNumber}`,
    decided: (date) => `Date: ${date}`,
  },
};

function quoted(lang: Lang, text: string): string {
  return lang === 'en' ? `“${text}”` : `«${text}»`;
}

/** A contact as one line: unit, name, e-mail and phone, as far as given. */
export function contactLine(contact: Contact | undefined, lang: Lang): string {
  if (!contact) return '';
  return [resolveText(contact.unit, lang), contact.name, contact.email, contact.phone]
    .map((part) => (part ?? '').trim())
    .filter(Boolean)
    .join(', ');
}

/**
 * What `decision.referTo` names, as words for the letter: a goal's owner (or the goal), an
 * area's contact (or the area), else the text as written (a unit's name).
 */
export function referralTarget(framework: Framework, referTo: string | undefined, lang: Lang): string {
  const target = (referTo ?? '').trim();
  if (!target) return '';
  const goal = framework.goals?.find((candidate) => candidate.id === target);
  if (goal) return contactLine(goal.owner, lang) || resolveText(goal.title, lang);
  const dimension = framework.dimensions.find((candidate) => candidate.id === target);
  if (dimension) return contactLine(dimension.contact, lang) || resolveText(dimension.title, lang);
  return target;
}

/**
 * The draft letter for `assessment` (the official's, with its decision) in `options.lang`.
 * Without a decision the letter says the case is not decided yet.
 */
export function replyLetter(framework: Framework, assessment: Assessment, options: ReplyLetterOptions): ReplyLetter {
  const { lang } = options;
  const w = WORDS[lang];
  const decision: Decision = assessment.decision ?? { conclusion: 'undecided' };
  const title = assessment.offer.title?.trim() || '';
  const organisation = assessment.offer.organisation?.trim() || '';
  const paragraphs: string[] = [];

  const head = [
    decision.caseNumber?.trim() ? w.reference(decision.caseNumber.trim()) : '',
    decisionDate(decision, options) ? w.decided(decisionDate(decision, options)) : '',
  ].filter(Boolean);
  if (head.length) paragraphs.push(head.join('\n'));
  paragraphs.push(w.greeting(organisation));
  paragraphs.push(w.thanks(title || organisation));

  const referral = decision.conclusion === 'refer' ? referralTarget(framework, decision.referTo, lang) : '';
  paragraphs.push(referral ? w.referTo(referral) : w.conclusion[decision.conclusion]);
  if (decision.reasons?.trim()) paragraphs.push(`${w.reasons}\n${decision.reasons.trim()}`);

  const served = servedGoals(framework, assessment, options.goals ?? 2);
  if (served.length) {
    const lines = served.map((coverage) => {
      const owner = contactLine(coverage.goal.owner, lang);
      return `– ${resolveText(coverage.goal.title, lang)}${owner ? ` (${w.owner(owner)})` : ''}`;
    });
    paragraphs.push([w.goals, ...lines].join('\n'));
  }

  const scores = scoreAssessment(framework, assessment);
  const gaps = findGaps(framework, assessment, scores, options.gaps ?? 3);
  const criteria = new Map(framework.dimensions.flatMap((dimension) => dimension.criteria).map((criterion) => [criterion.id, criterion]));
  if (gaps.length) {
    const lines = gaps.map(
      (gap) =>
        `– ${w.gap(
          resolveText(criteria.get(gap.criterionId)?.title, lang),
          resolveText(gap.current.label, lang),
          resolveText(gap.next.label, lang),
          resolveText(gap.next.description, lang),
        )}`,
    );
    paragraphs.push([w.gaps, ...lines].join('\n'));
  } else if (scores.overall !== null) {
    paragraphs.push(w.noGaps);
  }

  const assessor = decision.assessor?.name?.trim() ?? '';
  paragraphs.push(assessor ? w.questions(assessor) : w.questionsNoName);
  const signature = [w.regards, assessor, decision.assessor?.role?.trim() ?? '', framework.owner?.name?.trim() ?? ''].filter(Boolean);
  paragraphs.push(signature.join('\n'));

  return { subject: w.subject(title || organisation), body: paragraphs.join('\n\n') };
}

/** The goals the offer serves best, with a score high enough to be worth naming. */
function servedGoals(framework: Framework, assessment: Assessment, limit: number): GoalCoverage[] {
  return goalCoverage(framework, assessment)
    .filter((coverage) => coverage.score !== null && coverage.score >= SERVES_GOAL_FROM)
    .slice(0, Math.max(0, limit));
}

function decisionDate(decision: Decision, options: ReplyLetterOptions): string {
  const time = Date.parse(decision.decidedAt ?? '');
  if (!Number.isFinite(time)) return '';
  const date = new Date(time);
  return options.formatDate ? options.formatDate(date) : date.toISOString().slice(0, 10);
}
