import type { Text } from '../text/text.js';

/** One level of a scale: its value, its short label and what evidence earns it. */
export interface ScaleLevel {
  value: number;
  label: Text;
  description?: Text;
}

/** An ordered answer scale: at least two levels with strictly increasing values. */
export interface Scale {
  levels: ScaleLevel[];
}

/** Who in the kommune owns an axis: the "right person" an entrepreneur should contact. */
export interface Contact {
  unit?: Text;
  name?: string;
  email?: string;
  phone?: string;
  url?: string;
}

/** The kommune publishing the framework. */
export interface Owner {
  name: string;
  kommunenummer?: string;
  url?: string;
}

/** One question: a criterion answered on a scale. */
export interface Criterion {
  id: string;
  title: Text;
  help?: Text;
  weight?: number;
  scale?: Scale;
  allowNotApplicable?: boolean;
  /** Sustainable development goals (1..17) the criterion serves. */
  sdg?: number[];
  /** Ids of the framework's `goals` this criterion serves; each must exist. */
  goals?: string[];
  /** Never "not applicable", whatever `allowNotApplicable` says. */
  required?: boolean;
  /** What the assessor looks for, shown in official mode; `help` is the fallback. */
  assessorHelp?: Text;
}

/** One axis of the radar: a group of criteria. */
export interface Dimension {
  id: string;
  title: Text;
  short?: Text;
  description?: Text;
  weight?: number;
  /** The kommune's expected level on this axis, 0..100, drawn as a ring. */
  target?: number;
  contact?: Contact;
  sdg?: number[];
  criteria: Criterion[];
}

/** When a guidance text applies: a dimension's score below and/or at least a value. */
export interface GuidanceCondition {
  dimension: string;
  below?: number;
  atLeast?: number;
}

/** Advice the kommune gives when a condition on an axis score holds. */
export interface GuidanceRule {
  when: GuidanceCondition;
  text: Text;
}

/** Where a goal was adopted: e.g. the social element of the municipal master plan. */
export interface GoalSource {
  plan: Text;
  /** Date of adoption, `YYYY-MM-DD`. */
  adopted?: string;
  url?: string;
}

/** One of the kommune's long-term, politically adopted goals, and who owns it. */
export interface Goal {
  id: string;
  title: Text;
  description?: Text;
  source?: GoalSource;
  owner?: Contact;
}

/** A framework, format version 1: what a kommune assesses offers against. */
export interface Framework {
  format: 'merverdi-framework';
  version: 1;
  id: string;
  revision?: string;
  title: Text;
  description?: Text;
  owner?: Owner;
  scale?: Scale;
  allowNotApplicable?: boolean;
  dimensions: Dimension[];
  guidance?: GuidanceRule[];
  /** The kommune's long-term political goals that criteria can serve. */
  goals?: Goal[];
  /** The least basis (0..1, default 0.5) a score needs before it is shown as solid. */
  minBasis?: number;
}
