import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { normalizeLang, type Lang } from '../../src/text/lang.js';
import { resolveText, type Text } from '../../src/text/text.js';
import { localize, type MessageTable, type MessageValues } from '../i18n/define-messages.js';
import { languageArrival } from '../i18n/language-packs.js';
import { ColorSchemeController } from './color-scheme.js';
import { observeLang } from './lang-observer.js';
import { resolveLang } from './resolve-lang.js';

/**
 * The base of every merverdi element: language resolved per element, typed events that
 * bubble out of shadow DOM, message lookup in the element's own language, and the colour
 * scheme of the page around it (`data-color-scheme`, else the system's), reflected as
 * `data-mv-color-scheme="dark"` for the shared styles.
 */
export abstract class MvElement extends LitElement {
  /**
   * The language to speak: `nb`, `nn` or `en` (`no` means `nb`). When absent, the nearest
   * ancestor's `lang` (across shadow roots), then `nb`.
   */
  // Not reflected: the attribute is the author's, and an empty `lang=""` would tell screen
  // readers the language is unknown.
  @property() override lang = '';

  /** The language actually in use, after resolution. */
  @state() protected resolvedLang: Lang = 'nb';

  /**
   * The message tables whose languages load on demand (language-packs.ts). The element waits
   * for a language of these to arrive before it renders in it.
   */
  protected static languagePacks: readonly MessageTable<string>[] = [];

  /** The page's colour scheme around this element, kept in step as the page switches. */
  protected readonly colorScheme = new ColorSchemeController(this);

  /** Stops following ancestors' `lang`; set while connected, so a page that switches language is followed. */
  private stopObservingLang?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateLang();
    this.stopObservingLang = observeLang(this.ownerDocument, () => this.updateLang());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
    this.stopObservingLang = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('lang')) this.updateLang();
  }

  /**
   * Holds an update back until the element's tables speak the language it is about to render
   * in, so that a nynorsk or English page never flashes bokmål. `updateComplete` waits too.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const tables = (this.constructor as typeof MvElement).languagePacks;
    // resolvedLang already follows the ancestors (connectedCallback and the lang observer set
    // it before they request the update); only an own `lang` is applied later, in willUpdate.
    const arrival = tables.length > 0 ? languageArrival(tables, normalizeLang(this.lang) ?? this.resolvedLang) : undefined;
    return arrival ? arrival.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // A language taken from elsewhere (a part follows its assessment's) may still be on its way.
    const tables = (this.constructor as typeof MvElement).languagePacks;
    if (tables.length > 0) void languageArrival(tables, this.resolvedLang)?.then(() => this.requestUpdate());
  }

  private updateLang(): void {
    const lang = normalizeLang(this.lang) ?? resolveLang(this);
    if (lang !== this.resolvedLang) this.resolvedLang = lang;
  }

  /** Resolves a framework or assessment text in this element's language. */
  protected text(value: Text | undefined): string {
    return resolveText(value, this.resolvedLang);
  }

  /** Looks up one of the element's own messages and fills its placeholders. */
  protected msg<Keys extends string>(
    table: MessageTable<Keys>,
    key: Keys,
    values?: MessageValues,
  ): string {
    return localize(table, this.resolvedLang, key, values);
  }

  /**
   * Fires a merverdi event: bubbling and composed, as the contract says, so a host page can
   * listen on any ancestor. Returns false when a listener cancelled a cancelable event.
   */
  protected emit<Detail>(name: string, detail: Detail, options: { cancelable?: boolean } = {}): boolean {
    const event = new CustomEvent<Detail>(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    return this.dispatchEvent(event);
  }
}
