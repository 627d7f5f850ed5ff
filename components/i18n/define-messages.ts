import type { Lang } from '../../src/text/lang.js';

/** A table of message texts, one entry per key, the same keys in every language. */
export type MessageTable<Keys extends string> = Record<Lang, Record<Keys, string>>;

/**
 * Declares an element's message table. The type makes a key missing in one language a
 * compile error, so nb, nn and en never drift apart.
 */
export function defineMessages<Keys extends string>(table: MessageTable<Keys>): MessageTable<Keys> {
  return table;
}

/**
 * Fills `{name}` placeholders in a message with values. Values are inserted as plain text;
 * templates render the result as text, never as markup.
 */
export function format(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
