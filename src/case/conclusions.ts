import type { Conclusion } from '../assessment/types.js';
import type { Lang } from '../text/lang.js';

/** Every conclusion of a case, in the order a list shows them. */
export const CONCLUSIONS: readonly Conclusion[] = Object.freeze(['follow-up', 'refer', 'decline', 'undecided']);

/** The conclusions' names, as a case officer reads them in a report, a CSV or a letter. */
export const CONCLUSION_LABELS: Readonly<Record<Lang, Readonly<Record<Conclusion, string>>>> = Object.freeze({
  nb: { undecided: 'Ikke avgjort', 'follow-up': 'Følges opp', refer: 'Henvises videre', decline: 'Avslås' },
  nn: { undecided: 'Ikkje avgjort', 'follow-up': 'Blir følgt opp', refer: 'Blir vist vidare', decline: 'Blir avslått' },
  en: { undecided: 'Undecided', 'follow-up': 'Follow up', refer: 'Refer elsewhere', decline: 'Decline' },
});

/** Said of an offer that has no recorded decision yet. */
export const NO_DECISION: Readonly<Record<Lang, string>> = Object.freeze({
  nb: 'Ingen konklusjon registrert',
  nn: 'Ingen konklusjon registrert',
  en: 'No conclusion recorded',
});
