/**
 * The level descriptions that radios point at with `aria-describedby`, one hidden element per
 * distinct text, shared by every criterion group of one form.
 *
 * Most criteria use the framework's own scale, so a form of 200 criteria repeats the same five
 * descriptions 200 times. An element per radio made that a thousand hidden elements, and as
 * many text nodes, for the browser to create and style; one per text says the same to a
 * screen reader. An `aria-describedby` reference may point anywhere in the same shadow root.
 *
 * One instance belongs to one form, one framework and one language: the element makes a new
 * one when either changes, and each criterion group then takes its ids anew from it (it is
 * part of the group's wording), so no radio points at a description of another language or
 * framework.
 */
export class SharedDescriptions {
  /** The hidden container of the descriptions; the form renders it once, anywhere. */
  readonly element: HTMLDivElement;

  private readonly ids = new Map<string, string>();

  /**
   * @param doc The document the form lives in.
   * @param idPrefix Prefix of the elements' ids, unique within the form's shadow root.
   */
  constructor(
    doc: Document,
    private readonly idPrefix: string,
  ) {
    this.element = doc.createElement('div');
    this.element.hidden = true;
    this.element.className = 'level-descriptions';
  }

  /** The id of the element that holds `text`, made the first time the text is asked for. */
  idFor(text: string): string {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = `${this.idPrefix}-${this.ids.size}`;
      const holder = this.element.ownerDocument.createElement('span');
      holder.id = id;
      // textContent, so framework text never becomes markup.
      holder.textContent = text;
      this.element.append(holder);
      this.ids.set(text, id);
    }
    return id;
  }
}
