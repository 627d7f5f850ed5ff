import { createContext } from '@lit/context';
import type { Answer, Assessment, Decision, Mode, Offer } from '../../src/assessment/types.js';
import type { Framework } from '../../src/framework/types.js';
import type { Lang } from '../../src/text/lang.js';
import type { LabelledAssessment } from './reference-answers.js';

/**
 * What the public parts may ask of the `<mv-assessment>` around them. Every change goes
 * through the assessment, which validates, re-scores, saves the draft and fires `mv-change`;
 * a part never edits the document itself.
 */
export interface AssessmentActions {
  /**
   * Records an answer (a level, or "not applicable", with its notes) for one criterion.
   * `announce: false` for an edit that cannot move a score (a note being typed).
   */
  answer(criterionId: string, answer: Answer, options?: { announce?: boolean }): void;
  /** Changes some of the offer's fields. */
  changeOffer(changes: Partial<Offer>): void;
  /** Official mode: records the case's decision (or, with `undefined`, removes it). */
  decide(decision: Decision | undefined): void;
  /** Shows an area (by its place among the framework's dimensions) in the one-area-at-a-time form. */
  goToArea(index: number): void;
  /** Discards the draft and starts a fresh assessment. */
  startOver(): void;
  /** Makes another document the user's own (after the user agreed where that was asked). */
  replace(assessment: Assessment): void;
  /** Draws another document beside this one, as a reference. */
  addReference(assessment: Assessment): void;
  /** The radar drawing this assessment as a PNG data URL, for the printed report; `undefined` when none is drawn. */
  radarImage(): string | undefined;
}

/**
 * What an `<mv-assessment>` shares with the parts placed inside it (`<mv-assessment-form>`,
 * `<mv-assessment-progress>`, `<mv-assessment-summary>`, `<mv-assessment-actions>`, and an
 * `<mv-radar>` with no data of its own). A new object on every change, so a part re-renders
 * when anything in it changes. Only present once the framework is ready and an assessment is
 * on screen.
 */
export interface AssessmentContext {
  /** The validated framework in use. */
  framework: Framework;
  /** The assessment's resolved language; a part without its own `lang` speaks it. */
  lang: Lang;
  mode: Mode;
  /** The assessment on screen, scores included (`assessment.scores`). */
  assessment: Assessment;
  /** Validated reference assessments, each with the name it is shown under. */
  references: readonly LabelledAssessment[];
  /** The name the assessment's own series is drawn and listed under. */
  ownLabel: string;
  /** The radar's caption when it draws this assessment. */
  radarCaption: string;
  /** Where "Send inn" POSTs; absent means no submit button. */
  submitUrl?: string;
  /** The area shown when the form shows one area at a time. */
  areaIndex: number;
  actions: AssessmentActions;
}

/**
 * The key the parts ask for. Each `<mv-assessment>` answers only requests from inside itself
 * (its shadow root and its light DOM children), so two assessments on one page never see each
 * other's state.
 */
export const assessmentContext = createContext<AssessmentContext | undefined>(Symbol('mv-assessment'));
