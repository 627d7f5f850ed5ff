import type { Framework } from '../../src/framework/types.js';
import type { Lang } from '../../src/text/lang.js';
import type { Text } from '../../src/text/text.js';
import type { AssessmentMessageKey } from './assessment.messages.js';

/**
 * What every part of `<mv-assessment>`'s view needs to speak: the resolved language, the
 * element's own messages, and framework texts resolved in that language. The render
 * functions take it as their first argument, so they stay free of the element class.
 */
export interface ViewContext {
  lang: Lang;
  framework: Framework;
  /** One of the element's own messages, placeholders filled in as plain text. */
  t(key: AssessmentMessageKey, values?: Record<string, string | number>): string;
  /** A framework or assessment text in the view's language. */
  text(value: Text | undefined): string;
  /** A score 0..100 (or `null`) rounded for the screen in the view's locale. */
  score(value: number | null | undefined): string;
}

/** The part of {@link ViewContext} that needs no framework: what the alerts speak with. */
export type MessageContext = Pick<ViewContext, 'lang' | 't'>;
