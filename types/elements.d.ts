// Generated from custom-elements.json by scripts/element-types.mjs; do not edit.
// What types/react.d.ts and types/vue.d.ts share: each public element's class, and the
// properties and attributes it takes. Each adds the events under its framework's names.
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
export type ElementEvent<Name extends string> = Name extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[Name]
  : CustomEvent;

/** Each public element's class, by tag. */
export interface ElementClasses {
  'mv-assessment': MvAssessment;
  'mv-assessment-form': MvAssessmentForm;
  'mv-assessment-progress': MvAssessmentProgress;
  'mv-assessment-summary': MvAssessmentSummary;
  'mv-assessment-actions': MvAssessmentActions;
  'mv-decision-record': MvDecisionRecord;
  'mv-reply-letter': MvReplyLetter;
  'mv-radar': MvRadar;
  'mv-compare': MvCompare;
  'mv-framework-editor': MvFrameworkEditor;
  'mv-workspace': MvWorkspace;
  'mv-procurement-guide': MvProcurementGuide;
}

/** The properties (by their names) and attributes (by theirs) each public element takes, by tag. */
export interface ElementProps {
  'mv-assessment': {
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
  };
  'mv-assessment-form': {
    /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
    lang?: MvAssessmentForm['lang'];
  };
  'mv-assessment-progress': {
    /** Offers a button that shows the radar under the bar on demand. */
    radarToggle?: MvAssessmentProgress['radarToggle'];
    /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
    lang?: MvAssessmentProgress['lang'];
    /** Offers a button that shows the radar under the bar on demand. */
    'radar-toggle'?: boolean | string;
  };
  'mv-assessment-summary': {
    /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
    lang?: MvAssessmentSummary['lang'];
  };
  'mv-assessment-actions': {
    /** How long a submission may take, in milliseconds; unset, the core's default (20 s). */
    submitTimeoutMs?: MvAssessmentActions['submitTimeoutMs'];
    /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
    lang?: MvAssessmentActions['lang'];
  };
  'mv-decision-record': {
    /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
    lang?: MvDecisionRecord['lang'];
  };
  'mv-reply-letter': {
    /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
    lang?: MvReplyLetter['lang'];
  };
  'mv-radar': {
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
  };
  'mv-compare': {
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
  };
  'mv-framework-editor': {
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
  };
  'mv-workspace': {
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
  };
  'mv-procurement-guide': {
    /** The kommune's own values, replacing the rules' ones: a list of `{ rule, value, source? }` where `rule` is `lower-limit`, `national-threshold`, `eea-threshold-services` or `eea-threshold-health-social` and `value` is NOK excl. VAT. As an attribute: JSON. The memo shows such a value as the kommune's, beside the rules' own. */
    overrides?: MvProcurementGuide['overrides'];
    /** The level of the element's top heading (1–6; default 2), so its headings fit the outline of the page around it. Section headings are one level below. */
    headingLevel?: MvProcurementGuide['headingLevel'];
    /** The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest ancestor's `lang` (across shadow roots), then `nb`. */
    lang?: MvProcurementGuide['lang'];
    /** The level of the element's top heading (1–6; default 2), so its headings fit the outline of the page around it. Section headings are one level below. */
    'heading-level'?: number | string;
  };
}
