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
import { createComponent, type EventName } from '@lit/react';
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

/** `<mv-assessment>`: the whole self-assessment. */
export const Assessment = createComponent({
  react: React,
  tagName: 'mv-assessment',
  elementClass: MvAssessment,
  displayName: 'Assessment',
  events: {
    onMvChange: event('mv-change'),
    onMvComplete: event('mv-complete'),
    onMvSubmit: event('mv-submit'),
    onMvError: event('mv-error'),
  },
});

/** `<mv-radar>`: the chart on its own, with its table alternative. */
export const Radar = createComponent({ react: React, tagName: 'mv-radar', elementClass: MvRadar, displayName: 'Radar' });

/** `<mv-compare>`: several offers side by side. */
export const Compare = createComponent({ react: React, tagName: 'mv-compare', elementClass: MvCompare, displayName: 'Compare' });

/** `<mv-framework-editor>`: a kommune builds its own framework. */
export const FrameworkEditor = createComponent({
  react: React,
  tagName: 'mv-framework-editor',
  elementClass: MvFrameworkEditor,
  displayName: 'FrameworkEditor',
  events: { onMvFrameworkChange: event('mv-framework-change') },
});

/** `<mv-workspace>`: the case officer's library of assessments. */
export const Workspace = createComponent({ react: React, tagName: 'mv-workspace', elementClass: MvWorkspace, displayName: 'Workspace' });

/** `<mv-assessment-actions>`: downloads, print, import, sharing and submission. */
export const AssessmentActions = createComponent({
  react: React,
  tagName: 'mv-assessment-actions',
  elementClass: MvAssessmentActions,
  displayName: 'AssessmentActions',
  events: { onMvSubmit: event('mv-submit') },
});

/** `<mv-procurement-guide>`: the way into selling to the kommune. */
export const ProcurementGuide = createComponent({
  react: React,
  tagName: 'mv-procurement-guide',
  elementClass: MvProcurementGuide,
  displayName: 'ProcurementGuide',
  events: { onMvRouteMemo: event('mv-route-memo') },
});
