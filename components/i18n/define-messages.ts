import type { Lang } from '../../src/text/lang.js';

/** The plural categories a message can give forms for; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A message whose wording depends on a number ("1 problem", "3 problems"). The form is chosen
 * by `Intl.PluralRules` for the element's language, from the value named `by`.
 */
export interface PluralMessage {
  readonly kind: 'plural';
  /** The name of the value that decides the form. */
  readonly by: string;
  readonly forms: PluralForms;
}

/** One entry of a message table: plain text with `{name}` placeholders, or plural forms. */
export type Message = string | PluralMessage;

/** A table of message texts, one entry per key, the same keys in every language. */
export type MessageTable<Keys extends string> = Record<Lang, Record<Keys, Message>>;

/** Values to fill a message's placeholders with. */
export type MessageValues = Record<string, string | number>;

/**
 * Declares an element's message table. The type makes a key missing in one language a
 * compile error, so nb, nn and en never drift apart.
 */
export function defineMessages<Keys extends string>(table: MessageTable<Keys>): MessageTable<Keys> {
  return table;
}

/**
 * A message with plural forms, chosen by the number in the value `by` (default `count`):
 * `plural({ one: '{count} problem', other: '{count} problems' })`. Bokmål, nynorsk and
 * English need `one` and `other`; the rules of the language decide which applies, so
 * "0 problems" and "1,5 problems" come out right without a hand-written test.
 */
export function plural(forms: PluralForms, by = 'count'): PluralMessage {
  return { kind: 'plural', by, forms };
}

/** Plural rules are costly to build and never change for a language: one per language. */
const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralRule(lang: Lang): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules;
}

/** Looks up `key` in `table` for `lang` and fills its placeholders. */
export function localize<Keys extends string>(
  table: MessageTable<Keys>,
  lang: Lang,
  key: Keys,
  values?: MessageValues,
): string {
  // A language whose pack has not arrived yet (language-packs.ts) answers in bokmål.
  const messages = (table[lang] as Record<Keys, Message> | undefined) ?? table.nb;
  return format(messages[key], values ?? {}, lang);
}

/**
 * Fills `{name}` placeholders in a message with values, after choosing its plural form.
 * Values are inserted as plain text; templates render the result as text, never as markup.
 */
export function format(message: Message, values: MessageValues, lang: Lang): string {
  const text = typeof message === 'string' ? message : pluralForm(message, values, lang);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

function pluralForm(message: PluralMessage, values: MessageValues, lang: Lang): string {
  const count = Number(values[message.by]);
  if (!Number.isFinite(count)) return message.forms.other;
  return message.forms[pluralRule(lang).select(count)] ?? message.forms.other;
}
