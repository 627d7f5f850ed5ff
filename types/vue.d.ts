// Generated from custom-elements.json by scripts/element-types.mjs; do not edit.
// Vue templates then check `<mv-assessment :framework.prop="…" @mv-change="…">`. Tell the
// compiler that mv- tags are custom elements (compilerOptions.isCustomElement).
// Use: `import type {} from 'merverdi/types/vue';` once, or list it in tsconfig "types".
import type { DefineComponent } from 'vue';
import type { MvAssessment } from '../dist/components/assessment/mv-assessment.js';
import type { MvAssessmentForm } from '../dist/components/assessment-form/mv-assessment-form.js';
import type { MvAssessmentProgress } from '../dist/components/assessment-progress/mv-assessment-progress.js';
import type { MvAssessmentSummary } from '../dist/components/assessment-summary/mv-assessment-summary.js';
import type { MvAssessmentActions } from '../dist/components/assessment-actions/mv-assessment-actions.js';
import type { MvDecisionRecord } from '../dist/components/case/mv-decision-record.js';
import type { MvReplyLetter } from '../dist/components/case/mv-reply-letter.js';
import type { MvRadar } from '../dist/components/radar/mv-radar.js';
import type { MvCompare } from '../dist/components/compare/mv-compare.js';
import type { MvFrameworkEditor } from '../dist/components/framework-editor/mv-framework-editor.js';
import type { MvWorkspace } from '../dist/components/workspace/mv-workspace.js';
import type { MvProcurementGuide } from '../dist/components/procurement-guide/mv-procurement-guide.js';

/** The event an element fires under a name: its declared type, else a plain CustomEvent. */
type ElementEvent<Name extends string> = Name extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[Name]
  : CustomEvent;

declare module 'vue' {
  interface GlobalComponents {
    /** A self-assessment of an offered welfare service against a kommune's goals, drawn as a radar. The framework comes from the `framework` property, else an inline `<script type="application/json">` child, else `framework-src`, else the built-in default. A framework that cannot be used is never half shown: a `role="alert"` box lists every problem with its JSON path, and `mv-error` fires. With `storage="local"` (the default) every change is saved as a draft in the browser and restored after a reload, with a note and a way to start over. A draft that cannot be read is moved aside to a `…:corrupt:<timestamp>` key, never deleted; storage that is disabled or full is reported, and the form keeps working; a newer draft saved in another tab is offered to the user rather than overwritten. Results travel through the actions bar (`<mv-assessment-actions>`): JSON and CSV downloads, a printed report, file import, share links (`#mv=…` in the page's address opens one) and submission. Accessible structure: each criterion is a `<fieldset>` radio group named by its title; each radio's name begins with its level's label, and what the level means is shown under it; "Ikke relevant" / "Ikkje relevant" / "Not applicable" where allowed (never on a `required` criterion), which opens a required field for the reason. Each criterion also takes an explanation and up to five evidence links. Score changes are announced in one polite live region, after the user pauses. Wherever a score is shown, so is its basis. */
    'mv-assessment': DefineComponent<{
      /** URL of a framework JSON file, fetched (15 s time-out) when neither the `framework` property nor an inline framework is given. */
      frameworkSrc?: MvAssessment['frameworkSrc'];
      /** A framework object; wins over an inline framework and `framework-src`. It is validated like any other framework. */
      framework?: MvAssessment['framework'];
      /** `self` (an entrepreneur's own assessment, the default) or `official` (a case officer: help texts for the assessor, and the reference's explanations and links beside each criterion). Both modes take an explanation and up to five evidence links per criterion. */
      mode?: MvAssessment['mode'];
      /** `local` (the default: drafts autosave in this browser) or `none`. */
      storage?: MvAssessment['storage'];
      /** Overrides the draft key, by default `merverdi:draft:<framework id>:<mode>`. The first draft is kept under the key itself; each further offer's draft under `<key>:utkast-<id>`. */
      storageKey?: MvAssessment['storageKey'];
      /** Where a submit button will POST the assessment JSON. Stored for the submit flow; without it, nothing ever leaves the browser. */
      submitUrl?: MvAssessment['submitUrl'];
      /** Other assessments to draw beside this one and show beside each criterion (e.g. the entrepreneur's own while an official scores). Each is validated against the framework and re-scored; one that cannot be used is left out and reported with `mv-error`. */
      reference?: MvAssessment['reference'];
      /** The assessment document, read and write. Reading gives the current state (treat it as read-only; changes come from the form). Writing loads a document after validating it against the framework and re-scoring it; a document that cannot be used leaves the current one in place, shows its problems and fires `mv-error`. */
      assessment?: MvAssessment['assessment'];
      /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
      lang?: MvAssessment['lang'];
      /** URL of a framework JSON file, fetched (15 s time-out) when neither the `framework` property nor an inline framework is given. */
      'framework-src'?: string;
      /** Overrides the draft key, by default `merverdi:draft:<framework id>:<mode>`. The first draft is kept under the key itself; each further offer's draft under `<key>:utkast-<id>`. */
      'storage-key'?: string;
      /** Where a submit button will POST the assessment JSON. Stored for the submit flow; without it, nothing ever leaves the browser. */
      'submit-url'?: string;
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
    'mv-assessment-form': DefineComponent<{
      /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
      lang?: MvAssessmentForm['lang'];
    }>;
    /** Compact progress of the assessment it sits in, with the radar on demand. */
    'mv-assessment-progress': DefineComponent<{
      /** Offers a button that shows the radar under the bar on demand. */
      radarToggle?: MvAssessmentProgress['radarToggle'];
      /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
      lang?: MvAssessmentProgress['lang'];
      /** Offers a button that shows the radar under the bar on demand. */
      'radar-toggle'?: boolean | string;
    }>;
    /** Strengths, gaps, guidance and contacts of the assessment it sits in. */
    'mv-assessment-summary': DefineComponent<{
      /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
      lang?: MvAssessmentSummary['lang'];
    }>;
    /** Download, print, import, share and submit the assessment it sits in. */
    'mv-assessment-actions': DefineComponent<{
      /** How long a submission may take, in milliseconds; unset, the core's default (20 s). */
      submitTimeoutMs?: MvAssessmentActions['submitTimeoutMs'];
      /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
      lang?: MvAssessmentActions['lang'];
      /** Cancelable, detail `{ assessment }`: before a submission; cancel it to stop the POST. */
      'onMvSubmit'?: (event: ElementEvent<'mv-submit'>) => void;
    }>;
    /** The case officer's decision record: case number, assessor, impartiality, conclusion and reasons. */
    'mv-decision-record': DefineComponent<{
      /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
      lang?: MvDecisionRecord['lang'];
    }>;
    /** A draft reply letter to the entrepreneur, from the official's decision record. */
    'mv-reply-letter': DefineComponent<{
      /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
      lang?: MvReplyLetter['lang'];
    }>;
    /** A radar chart of scores per area, with a table alternative for screen readers. */
    'mv-radar': DefineComponent<{
      /** The framework whose dimensions are the axes. When set, `assessments` are drawn and `axes` / `series` are ignored. */
      framework?: MvRadar['framework'];
      /** The assessments to draw, one series each, scored against `framework` (stored scores are never trusted). */
      assessments?: MvRadar['assessments'];
      /** Names for the assessments' series, in the same order. Where a name is missing, the offer's title (else organisation) and who assessed it are used, e.g. "Arbeidstrening – Egenvurdering". */
      labels?: MvRadar['labels'];
      /** Axis labels for plain series; used only when no `framework` is set. */
      axes?: MvRadar['axes'];
      /** Plain series, each a label and one value (0..100, or `null` for none) per axis; used only when no `framework` is set. Plain series have no overall score. */
      series?: MvRadar['series'];
      /** Draws the framework's targets as a dashed ring (and a table column) when any axis has one. On by default; `show-target="false"` or the property set to `false` turns it off. */
      showTarget?: MvRadar['showTarget'];
      /** The chart's name and the table's caption; a localised default when absent. */
      caption?: MvRadar['caption'];
      /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
      lang?: MvRadar['lang'];
      /** Draws the framework's targets as a dashed ring (and a table column) when any axis has one. On by default; `show-target="false"` or the property set to `false` turns it off. */
      'show-target'?: boolean | string;
    }>;
    /** Compares assessments of several offers: radar, sortable ranking, where each stands out. Every assessment is re-scored against `framework` (stored scores are never trusted). - Up to eight comparable offers are drawn on one `<mv-radar>`, told apart by line dash and point style as well as colour, with the kommune's target ring. With more, the chart says only the first eight are drawn; the ranking still lists them all. - The ranking table sorts by the overall score or any area: each column header holds a native button, and the sorted column carries `aria-sort`. A basis column says how many criteria each score rests on; an offer whose basis is below the framework's `minBasis` says "For lite grunnlag" there and ranks after every offer with enough basis. Equal scores share a place ("Delt 2."); an offer without a score on the sorted column shows "–" (read out as "ikke vurdert"), has no place and comes last in either direction, never as 0. - A text summary says where each offer stands out: highest, or clearly above the others. - Assessments of another revision of the framework are flagged with a visible note and only the areas every assessment shares are compared; assessments of another framework are flagged, listed in the ranking as not comparable, and left out of everything else. - Where the assessments include a self-assessment and an official assessment of the same offer (matched by organisation number, else by title), or when `self` and `official` are set, a table shows their differences criterion by criterion, largest first. - Where one offer was assessed several times in the same role, a before/after table shows how each area changed from the first to the last (ordered by `createdAt`, the day each was assessed on). Such versions are named by that day everywhere ("Arbeidstrening i kafé – Saksbehandlers vurdering, vurdert 10.02.2026"), not numbered. */
    'mv-compare': DefineComponent<{
      /** The framework the offers are measured against; assessments are re-scored with it. The built-in default framework when unset. */
      framework?: MvCompare['framework'];
      /** The assessments to compare, in the order the ranking keeps among equals. */
      assessments?: MvCompare['assessments'];
      /** An entrepreneur's self-assessment to set against `official`; when both are set, this pair is shown instead of the pairs found among `assessments`. */
      self?: MvCompare['self'];
      /** The official's assessment to set against `self`. */
      official?: MvCompare['official'];
      /** Which of `assessments` came in as files, by position: `{ fileName, importedAt }` for an imported one, `undefined` (or `null`) for the official's own. An imported file's mode and dates are its claims: it is labelled "importert" everywhere it is named, and a file that claims to be the official's assessment never takes the place of the official's own in the self-versus-official table, whatever date it carries. */
      imports?: MvCompare['imports'];
      /** The level of the element's top heading (1–6; default 2), so its headings fit the outline of the page around it. Section headings are one level below. */
      headingLevel?: MvCompare['headingLevel'];
      /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
      lang?: MvCompare['lang'];
      /** The level of the element's top heading (1–6; default 2), so its headings fit the outline of the page around it. Section headings are one level below. */
      'heading-level'?: number | string;
    }>;
    /** A kommune builds, checks, previews and exports its own framework. */
    'mv-framework-editor': DefineComponent<{
      /** Where work in progress is kept: `local` (default; a reload brings it back) or `none`. */
      storage?: MvFrameworkEditor['storage'];
      /** Overrides the storage key of the draft (default `merverdi:framework-editor:draft`). */
      storageKey?: MvFrameworkEditor['storageKey'];
      /** Address of `merverdi.js` proposed in the embed snippet; the user can change it. */
      scriptUrl?: MvFrameworkEditor['scriptUrl'];
      /** The framework being edited. Set it to give the editor a starting point (a saved draft in the browser wins on first load, and the user can discard it); read it for the framework as it stands, which may still have problems. */
      framework?: MvFrameworkEditor['framework'];
      /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
      lang?: MvFrameworkEditor['lang'];
      /** Overrides the storage key of the draft (default `merverdi:framework-editor:draft`). */
      'storage-key'?: string;
      /** Address of `merverdi.js` proposed in the embed snippet; the user can change it. */
      'script-url'?: string;
      /** On every edit, undo, redo and load; detail `{ framework, problems }`. */
      'onMvFrameworkChange'?: (event: ElementEvent<'mv-framework-change'>) => void;
    }>;
    'mv-workspace': DefineComponent<{
      /** The framework assessments are made with and checked against; the default framework when unset. */
      framework?: MvWorkspace['framework'];
      /** IndexedDB database name (default `merverdi`); give each workspace on a page its own. Read when connected. */
      databaseName?: MvWorkspace['databaseName'];
      /** Object store within the database (default `assessments`). Read when connected. */
      storeName?: MvWorkspace['storeName'];
      /** How long a deletion can be undone, in milliseconds (default 30 000). Read when connected. */
      undoWindow?: MvWorkspace['undoWindow'];
      /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
      lang?: MvWorkspace['lang'];
      /** IndexedDB database name (default `merverdi`); give each workspace on a page its own. Read when connected. */
      'database-name'?: string;
      /** Object store within the database (default `assessments`). Read when connected. */
      'store-name'?: string;
      /** How long a deletion can be undone, in milliseconds (default 30 000). Read when connected. */
      'undo-window'?: number | string;
    }>;
    /** Procurement route guide: which rules apply to an offer and which routes are open. The memo says which rules apply and why, the routes open with the conditions each needs, what the kommune cannot do, how to use the offer in market dialogue without favouring its sender, the next step and the references. Every statement rests on a dated rule record; anything the rules could not settle is marked "Sjekk dette" / "Check this". "Not legal advice" and the date the rules were checked are always visible. The memo can be copied as plain text and printed (only the memo prints). Bad answers (missing, negative, absurd) get a message in the user's language beside the field, and no memo. */
    'mv-procurement-guide': DefineComponent<{
      /** The kommune's own values, replacing the rules' ones: a list of `{ rule, value, source? }` where `rule` is `lower-limit`, `national-threshold`, `eea-threshold-services` or `eea-threshold-health-social` and `value` is NOK excl. VAT. As an attribute: JSON. The memo shows such a value as the kommune's, beside the rules' own. */
      overrides?: MvProcurementGuide['overrides'];
      /** The level of the element's top heading (1–6; default 2), so its headings fit the outline of the page around it. Section headings are one level below. */
      headingLevel?: MvProcurementGuide['headingLevel'];
      /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
      lang?: MvProcurementGuide['lang'];
      /** The level of the element's top heading (1–6; default 2), so its headings fit the outline of the page around it. Section headings are one level below. */
      'heading-level'?: number | string;
      /** A memo was made. Detail: `{ memo, text }`. */
      'onMvRouteMemo'?: (event: ElementEvent<'mv-route-memo'>) => void;
    }>;
  }
}
