// Generated from custom-elements.json by scripts/element-types.mjs; do not edit.
// Vue templates then check `<mv-assessment :framework.prop="…" @mv-change="…">`. Tell the
// compiler that mv- tags are custom elements (compilerOptions.isCustomElement).
// Use: `import type {} from 'merverdi/types/vue';` once, or list it in tsconfig "types".
import type { DefineComponent } from 'vue';
import type { ElementEvent, ElementProps } from './elements.js';

declare module 'vue' {
  interface GlobalComponents {
    /** A self-assessment of an offered welfare service against a kommune's goals, drawn as a radar. The framework comes from the `framework` property, else an inline `<script type="application/json">` child, else `framework-src`, else the built-in default. A framework that cannot be used is never half shown: a `role="alert"` box lists every problem with its JSON path, and `mv-error` fires. With `storage="local"` (the default) every change is saved as a draft in the browser and restored after a reload, with a note and a way to start over. A draft that cannot be read is moved aside to a `…:corrupt:<timestamp>` key, never deleted; storage that is disabled or full is reported, and the form keeps working; a newer draft saved in another tab is offered to the user rather than overwritten. Results travel through the actions bar (`<mv-assessment-actions>`): JSON and CSV downloads, a printed report, file import, share links (`#mv=…` in the page's address opens one) and submission. Accessible structure: each criterion is a `<fieldset>` radio group named by its title; each radio's name begins with its level's label, and what the level means is shown under it; "Ikke relevant" / "Ikkje relevant" / "Not applicable" where allowed (never on a `required` criterion), which opens a required field for the reason. Each criterion also takes an explanation and up to five evidence links. Score changes are announced in one polite live region, after the user pauses. Wherever a score is shown, so is its basis. */
    'mv-assessment': DefineComponent<ElementProps['mv-assessment'] & {
      /** Detail `{ assessment }`: after every answer, every change to the offer's fields and notes, and when the user starts over or takes another tab's version of the draft. Not fired when the page sets `assessment` itself. */
      'onMvChange'?: (event: ElementEvent<'mv-change'>) => void;
      /** Detail `{ assessment }`: when the last criterion is answered or marked not applicable; again if it becomes incomplete and complete once more. Not fired for a document that is complete when loaded. */
      'onMvComplete'?: (event: ElementEvent<'mv-complete'>) => void;
      /** Cancelable, detail `{ assessment }`: when the user presses "Send inn" (shown only with `submit-url`); cancel it to stop the POST. */
      'onMvSubmit'?: (event: ElementEvent<'mv-submit'>) => void;
      /** Detail `{ code, message, path? }`: once per error in an unusable framework or assessment document (`code` and `path` from the problem), or when a framework cannot be loaded (`code` is `framework-not-found`, `framework-server-error`, `framework-timeout`, `framework-network` or `framework-not-json`), or when the code that reads a stored draft or a given document cannot be fetched (`reader-network`; nothing stored is touched). `message` is in the element's language. */
      'onMvError'?: (event: ElementEvent<'mv-error'>) => void;
    }>;
    /** The offer's fields and the criteria of the assessment it sits in. */
    'mv-assessment-form': DefineComponent<ElementProps['mv-assessment-form']>;
    /** Compact progress of the assessment it sits in, with the radar on demand. */
    'mv-assessment-progress': DefineComponent<ElementProps['mv-assessment-progress']>;
    /** Strengths, gaps, guidance and contacts of the assessment it sits in. */
    'mv-assessment-summary': DefineComponent<ElementProps['mv-assessment-summary']>;
    /** Download, print, import, share and submit the assessment it sits in. */
    'mv-assessment-actions': DefineComponent<ElementProps['mv-assessment-actions'] & {
      /** Cancelable, detail `{ assessment }`: before a submission; cancel it to stop the POST. */
      'onMvSubmit'?: (event: ElementEvent<'mv-submit'>) => void;
    }>;
    /** The case officer's decision record: case number, assessor, impartiality, conclusion and reasons. */
    'mv-decision-record': DefineComponent<ElementProps['mv-decision-record']>;
    /** A draft reply letter to the entrepreneur, from the official's decision record. */
    'mv-reply-letter': DefineComponent<ElementProps['mv-reply-letter']>;
    /** A radar chart of scores per area, with a table alternative for screen readers. */
    'mv-radar': DefineComponent<ElementProps['mv-radar']>;
    /** Compares assessments of several offers: radar, sortable ranking, where each stands out. Every assessment is re-scored against `framework` (stored scores are never trusted). - Up to eight comparable offers are drawn on one `<mv-radar>`, told apart by line dash and point style as well as colour, with the kommune's target ring. With more, the chart says only the first eight are drawn; the ranking still lists them all. - The ranking table sorts by the overall score or any area: each column header holds a native button, and the sorted column carries `aria-sort`. A basis column says how many criteria each score rests on; an offer whose basis is below the framework's `minBasis` says "For lite grunnlag" there and ranks after every offer with enough basis. Equal scores share a place ("Delt 2."); an offer without a score on the sorted column shows "–" (read out as "ikke vurdert"), has no place and comes last in either direction, never as 0. - A text summary says where each offer stands out: highest, or clearly above the others. - Assessments of another revision of the framework are flagged with a visible note and only the areas every assessment shares are compared; assessments of another framework are flagged, listed in the ranking as not comparable, and left out of everything else. - Where the assessments include a self-assessment and an official assessment of the same offer (matched by organisation number, else by title), or when `self` and `official` are set, a table shows their differences criterion by criterion, largest first. - Where one offer was assessed several times in the same role, a before/after table shows how each area changed from the first to the last (ordered by `createdAt`, the day each was assessed on). Such versions are named by that day everywhere ("Arbeidstrening i kafé – Saksbehandlers vurdering, vurdert 10.02.2026"), not numbered. */
    'mv-compare': DefineComponent<ElementProps['mv-compare']>;
    /** A kommune builds, checks, previews and exports its own framework. */
    'mv-framework-editor': DefineComponent<ElementProps['mv-framework-editor'] & {
      /** On every edit, undo, redo and load; detail `{ framework, problems }`. */
      'onMvFrameworkChange'?: (event: ElementEvent<'mv-framework-change'>) => void;
    }>;
    'mv-workspace': DefineComponent<ElementProps['mv-workspace']>;
    /** Procurement route guide: which rules apply to an offer and which routes are open. The memo says which rules apply and why, the routes open with the conditions each needs, what the kommune cannot do, how to use the offer in market dialogue without favouring its sender, the next step and the references. Every statement rests on a dated rule record; anything the rules could not settle is marked "Sjekk dette" / "Check this". "Not legal advice" and the date the rules were checked are always visible. The memo can be copied as plain text and printed (only the memo prints). Bad answers (missing, negative, absurd) get a message in the user's language beside the field, and no memo. */
    'mv-procurement-guide': DefineComponent<ElementProps['mv-procurement-guide'] & {
      /** A memo was made. Detail: `{ memo, text }`. */
      'onMvRouteMemo'?: (event: ElementEvent<'mv-route-memo'>) => void;
    }>;
  }
}
