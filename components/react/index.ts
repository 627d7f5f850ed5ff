/**
 * React components for the merverdi elements, made with `@lit/react`: properties are set as
 * properties (objects such as a framework pass as they are, in React 18 too), and each event
 * is a typed prop, `onMvChange={(event) => event.detail.assessment}`. Importing this module
 * registers the elements.
 *
 * @example
 * ```tsx
 * import { Assessment } from 'merverdi/react';
 * <Assessment framework={framework} lang="nn" onMvChange={(event) => save(event.detail.assessment)} />
 * ```
 */
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import { MvAssessment } from '../assessment/define.js';
import { MvCompare } from '../compare/define.js';
import { MvFrameworkEditor } from '../framework-editor/define.js';
import { MvProcurementGuide } from '../procurement-guide/define.js';
import { MvRadar } from '../radar/define.js';
import { MvAssessmentActions } from '../assessment-actions/define.js';
import { MvWorkspace } from '../workspace/define.js';

/** An event name typed with the event the element fires under it. */
const event = <Name extends keyof GlobalEventHandlersEventMap>(name: Name) =>
  name as EventName<GlobalEventHandlersEventMap[Name]>;

/** A React component for one element: its tag, its class, its React name, and its events as typed props. */
const wrap = <I extends HTMLElement, E extends Record<string, EventName> = Record<never, never>>(
  tagName: string,
  elementClass: new () => I,
  displayName: string,
  events?: E,
): ReactWebComponent<I, E> => createComponent({ react: React, tagName, elementClass, displayName, events });

/** `<mv-assessment>`: the whole self-assessment. */
export const Assessment = wrap('mv-assessment', MvAssessment, 'Assessment', {
  onMvChange: event('mv-change'),
  onMvComplete: event('mv-complete'),
  onMvSubmit: event('mv-submit'),
  onMvError: event('mv-error'),
});

/** `<mv-radar>`: the chart on its own, with its table alternative. */
export const Radar = wrap('mv-radar', MvRadar, 'Radar');

/** `<mv-compare>`: several offers side by side. */
export const Compare = wrap('mv-compare', MvCompare, 'Compare');

/** `<mv-framework-editor>`: a kommune builds its own framework. */
export const FrameworkEditor = wrap('mv-framework-editor', MvFrameworkEditor, 'FrameworkEditor', {
  onMvFrameworkChange: event('mv-framework-change'),
});

/** `<mv-workspace>`: the case officer's library of assessments. */
export const Workspace = wrap('mv-workspace', MvWorkspace, 'Workspace');

/** `<mv-assessment-actions>`: downloads, print, import, sharing and submission. */
export const AssessmentActions = wrap('mv-assessment-actions', MvAssessmentActions, 'AssessmentActions', {
  onMvSubmit: event('mv-submit'),
});

/** `<mv-procurement-guide>`: the way into selling to the kommune. */
export const ProcurementGuide = wrap('mv-procurement-guide', MvProcurementGuide, 'ProcurementGuide', {
  onMvRouteMemo: event('mv-route-memo'),
});
