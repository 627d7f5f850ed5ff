import type { Lang } from '../text/lang.js';

/** Who filled in the assessment: the entrepreneur (`self`) or a case officer (`official`). */
export type Mode = 'self' | 'official';

/** Fields shared by both kinds of answer. */
interface AnswerNotes {
  /**
   * The explanation: in self mode the entrepreneur's "what we do and how we can show it", in
   * official mode the case officer's justification.
   */
  comment?: string;
  /**
   * Links to evidence, at most five (`MAX_EVIDENCE_LINKS`): normalised http(s) addresses. An old
   * document's single string is read as a list of one.
   */
  evidence?: string[];
}

/** A criterion answered with one of its scale's level values. */
export interface ValueAnswer extends AnswerNotes {
  value: number;
  notApplicable?: never;
}

/** A criterion marked "not applicable": left out of every average. */
export interface NotApplicableAnswer extends AnswerNotes {
  notApplicable: true;
  /**
   * Why the criterion does not apply. Until it is given (non-empty after trimming), the
   * criterion is not dealt with: it counts neither for completeness nor for basis.
   */
  reason?: string;
  value?: never;
}

export type Answer = ValueAnswer | NotApplicableAnswer;

/** What is being offered and by whom. */
export interface Offer {
  title?: string;
  organisation?: string;
  /** Norwegian organisation number: 9 digits with a modulus-11 check digit. */
  orgNumber?: string;
  contact?: string;
  description?: string;
}

/** How much of a score rests on answers with a level, 0..1 (contract: Scoring, basis). */
export interface Basis {
  overall: number;
  dimensions: Record<string, number>;
}

/** Derived scores, 0..100 or `null` where nothing was answered, and the basis they rest on. */
export interface Scores {
  overall: number | null;
  dimensions: Record<string, number | null>;
  /** How much of each score rests on answers with a level; derived, never trusted on import. */
  basis: Basis;
}

/** The outcome of an official's case. */
export type Conclusion = 'undecided' | 'follow-up' | 'refer' | 'decline';

/** Official mode: what was decided about the offer, by whom and why. */
export interface Decision {
  caseNumber?: string;
  assessor?: { name: string; role?: string };
  /** The assessor has confirmed they are not disqualified (habilitet). */
  impartial?: boolean;
  conclusion: Conclusion;
  /** A goal id, an axis id, or a unit's name. */
  referTo?: string;
  reasons?: string;
  /** ISO 8601. */
  decidedAt?: string;
}

/**
 * One assessment an agreed assessment rests on: who made it, in which role, and when. Written
 * when two assessors' assessments of one offer are merged into one they agree on.
 */
export interface AssessmentSource {
  /** The assessor's name, as they gave it; absent when unknown. */
  assessor?: string;
  /** Who filled in the source: the entrepreneur or a case officer. */
  mode: Mode;
  /** When the source assessment was begun (its `createdAt`), ISO 8601. */
  createdAt: string;
  /** When the source assessment was last changed (its `updatedAt`), ISO 8601. */
  updatedAt: string;
}

/** An assessment, format version 1. `scores` and `completeness` are derived, never trusted. */
export interface Assessment {
  format: 'merverdi-assessment';
  version: 1;
  framework: { id: string; revision?: string };
  mode: Mode;
  lang: Lang;
  offer: Offer;
  answers: Record<string, Answer>;
  scores: Scores;
  /** Share of criteria answered or marked not applicable, 0..1. */
  completeness: number;
  /** Official mode: the case's outcome. */
  decision?: Decision;
  /**
   * The assessments this one was agreed from, when two assessors merged theirs (at most
   * ten, `MAX_SOURCES`); absent on an assessment made by one assessor.
   */
  basedOn?: AssessmentSource[];
  createdAt: string;
  updatedAt: string;
}
