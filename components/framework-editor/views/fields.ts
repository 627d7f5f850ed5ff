import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { getField } from '../../../src/framework/edit-framework.js';
import { LANGS, type Lang } from '../../../src/text/lang.js';
import type { Text } from '../../../src/text/text.js';
import type { EditorMessageKey } from '../framework-editor.messages.js';
import { fieldId, type EditorContext } from './editor-context.js';

/**
 * The editor's form controls: native inputs with a visible label, their problems written
 * next to them and linked by `aria-describedby`, and `aria-invalid` when an error sits at
 * their path. Every control carries `data-path`, the JSON path a problem would name, so the
 * problem summary can move focus to it.
 */

const LANG_NAME: Record<Lang, EditorMessageKey> = { nb: 'langNb', nn: 'langNn', en: 'langEn' };

/** The list of problems at a path, or nothing; its id is what the control points at. */
export function problemList(ctx: EditorContext, path: string, prefix = 'f'): TemplateResult | typeof nothing {
  const problems = ctx.problemsAt(path);
  if (problems.length === 0) return nothing;
  return html`<ul class="field-problems" id=${`${fieldId(path, prefix)}-problems`}>
    ${problems.map(
      (problem) =>
        html`<li class=${problem.severity}>
          <span class="severity">${ctx.t(problem.severity === 'error' ? 'error' : 'warning')}:</span>
          ${problem.message[ctx.lang]}
        </li>`,
    )}
  </ul>`;
}

/** The ids that describe a control: its hint and the problems at each of the paths. */
function describedBy(ctx: EditorContext, paths: string[], prefix: string, hintId?: string): string | undefined {
  const ids = paths.filter((path) => ctx.problemsAt(path).length > 0).map((path) => `${fieldId(path, prefix)}-problems`);
  if (hintId) ids.unshift(hintId);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function invalid(ctx: EditorContext, paths: string[]): 'true' | undefined {
  return paths.some((path) => ctx.problemsAt(path).some((problem) => problem.severity === 'error')) ? 'true' : undefined;
}

/** Options for a single-line field. */
export interface InputOptions {
  type?: 'text' | 'number' | 'email' | 'tel' | 'url';
  hint?: string;
  /** Accessible-name prefix that the visible label leaves to the surrounding heading. */
  context?: string;
  min?: number;
  max?: number;
  autocomplete?: 'off' | 'organization' | 'name' | 'email' | 'tel' | 'url';
}

/** A labelled single-line field for a string or number at a path. */
export function inputField(ctx: EditorContext, path: string, label: string, options: InputOptions = {}): TemplateResult {
  const id = fieldId(path);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const value = getField(ctx.draft, path);
  const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const number = options.type === 'number';
  const onInput = (event: Event): void => {
    const raw = (event.target as HTMLInputElement).value;
    if (number) ctx.set(path, raw.trim() === '' ? undefined : Number(raw));
    else ctx.set(path, raw);
  };
  return html`<div class="field" data-field=${path}>
    <label for=${id}
      >${options.context ? html`<span class="visually-hidden">${options.context}: </span>` : nothing}${label}</label
    >
    ${options.hint ? html`<p class="hint" id=${ifDefined(hintId)}>${options.hint}</p>` : nothing}
    <input
      id=${id}
      data-path=${path}
      type=${options.type ?? 'text'}
      inputmode=${ifDefined(number ? 'decimal' : undefined)}
      min=${ifDefined(options.min)}
      max=${ifDefined(options.max)}
      .step=${number ? 'any' : ''}
      autocomplete=${options.autocomplete ?? 'off'}
      .value=${live(shown)}
      aria-invalid=${ifDefined(invalid(ctx, [path]))}
      aria-describedby=${ifDefined(describedBy(ctx, [path], 'f', hintId))}
      @input=${onInput}
    />
    ${problemList(ctx, path)}
  </div>`;
}

/** A text's value in one language, reading a plain string as bokmål. */
export function textIn(text: Text | undefined, lang: Lang): string {
  if (typeof text === 'string') return lang === 'nb' ? text : '';
  return text?.[lang] ?? '';
}

/** Sets one language of a text, turning a plain string into a translated text first. */
export function setTextIn(ctx: EditorContext, path: string, lang: Lang, value: string): void {
  const current = getField(ctx.draft, path) as Text | undefined;
  const base: Partial<Record<Lang, string>> =
    typeof current === 'string' ? { nb: current } : { ...(typeof current === 'object' && current ? current : {}) };
  base[lang] = value;
  ctx.set(path, base);
}

/** Options for a translated field. */
export interface TextFieldOptions {
  multiline?: boolean;
  hint?: string;
  /** Prefix for ids, so the same text can appear twice (form and translation view). */
  prefix?: string;
  /** Only the languages still missing (the translation view's filter). */
  onlyMissing?: boolean;
  /** Words that name the field for a screen reader beyond its legend, e.g. "Akse 2". */
  context?: string;
}

/**
 * A translated text: one fieldset, one control per language side by side, each named
 * "<field>, <language>" so a screen reader user hears both. A language still empty while
 * another is written is marked as missing.
 */
export function textField(ctx: EditorContext, path: string, label: string, options: TextFieldOptions = {}): TemplateResult {
  const prefix = options.prefix ?? 'f';
  const text = getField(ctx.draft, path) as Text | undefined;
  const plain = typeof text === 'string';
  const written = LANGS.some((lang) => textIn(text, lang).trim() !== '');
  const named = options.context ? `${options.context}, ${label}` : label;
  const hintId = options.hint ? `${fieldId(path, prefix)}-hint` : undefined;
  return html`<fieldset class="text-field" data-path=${path} data-field=${path}>
    <legend>${options.context ? html`<span class="visually-hidden">${options.context}: </span>` : nothing}${label}</legend>
    ${options.hint ? html`<p class="hint" id=${ifDefined(hintId)}>${options.hint}</p>` : nothing}
    <div class="langs">
      ${LANGS.map((lang) => {
        const langPath = `${path}.${lang}`;
        const id = fieldId(langPath, prefix);
        const value = textIn(text, lang);
        const missing = written && !plain && value.trim() === '';
        const described = describedBy(ctx, [path, langPath], prefix, hintId);
        const onInput = (event: Event): void =>
          setTextIn(ctx, path, lang, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
        const control = options.multiline
          ? html`<textarea
              id=${id}
              lang=${lang}
              data-path=${langPath}
              rows="3"
              placeholder=${ifDefined(plain && lang !== 'nb' ? text : undefined)}
              .value=${live(value)}
              aria-invalid=${ifDefined(invalid(ctx, [path, langPath]))}
              aria-describedby=${ifDefined(described)}
              @input=${onInput}
            ></textarea>`
          : html`<input
              id=${id}
              lang=${lang}
              data-path=${langPath}
              type="text"
              autocomplete="off"
              placeholder=${ifDefined(plain && lang !== 'nb' ? text : undefined)}
              .value=${live(value)}
              aria-invalid=${ifDefined(invalid(ctx, [path, langPath]))}
              aria-describedby=${ifDefined(described)}
              @input=${onInput}
            />`;
        if (options.onlyMissing && !missing && written) return nothing;
        return html`<div class="lang ${missing ? 'missing' : ''}">
          <label for=${id}
            ><span class="visually-hidden">${named}, </span>${ctx.t(LANG_NAME[lang])}${missing
              ? html` <span class="badge">${ctx.t('missingIn')}</span>`
              : nothing}</label
          >
          ${control} ${problemList(ctx, langPath, prefix)}
        </div>`;
      })}
    </div>
    ${problemList(ctx, path, prefix)}
  </fieldset>`;
}

/** A checkbox for an optional boolean at a path that defaults to `fallback`. */
export function checkboxField(ctx: EditorContext, path: string, label: string, fallback: boolean): TemplateResult {
  const id = fieldId(path);
  const value = getField(ctx.draft, path);
  const checked = typeof value === 'boolean' ? value : fallback;
  return html`<div class="field checkbox">
    <input
      id=${id}
      data-path=${path}
      type="checkbox"
      .checked=${live(checked)}
      aria-describedby=${ifDefined(describedBy(ctx, [path], 'f'))}
      @change=${(event: Event) => ctx.set(path, (event.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
    ${problemList(ctx, path)}
  </div>`;
}
