/** One radio of a criterion's group: a scale level, or "not applicable". */
export interface LevelOption {
  /** Which answer the radio stands for; the value of the radio's `value`. */
  key: string;
  label: string;
  /** Read by screen readers with the radio (`aria-describedby`); empty when there is none. */
  description: string;
  /** Extra class on the radio's `<label>`, next to `level`. */
  className?: string;
}

/** What one criterion's radios need. */
export interface LevelRadiosProps {
  /** The radio group's `name`, unique within the element's shadow root. */
  name: string;
  /** The id of a (hidden) element holding a description, for the radio's `aria-describedby`. */
  descriptionId(description: string): string;
  options: readonly LevelOption[];
}

/** The radios' wrapper, and the radios in the order of the options. */
export interface LevelRadios {
  element: HTMLDivElement;
  inputs: HTMLInputElement[];
}

/**
 * A criterion's radios as plain DOM, the same as hand-written markup: per radio a
 * `<label class="level">` holding the `<input>` and the level's label as text, followed, where
 * the level has one, by a `<span class="level-description">` with what the level means; all
 * in a `<div class="levels">`. No wrapper per radio and no element around the label's text:
 * at 200 criteria of six radios each, those two were 2 400 of the form's 10 000 nodes.
 *
 * The description is on screen before anything is chosen, so nobody has to pick a level to
 * learn what it means. It stays outside the label, so the radio's name is the level's label
 * alone; a screen reader gets the same text once, as the radio's description, from a shared
 * element elsewhere (`props.descriptionId`), so the visible copy is hidden from it.
 *
 * Texts go in as `textContent` and text nodes, and ids through properties, so framework text
 * never becomes markup.
 */
export function buildLevelRadios(doc: Document, props: LevelRadiosProps): LevelRadios {
  const element = doc.createElement('div');
  element.className = 'levels';
  const inputs = props.options.map((option) => {
    const label = doc.createElement('label');
    label.className = option.className ? `level ${option.className}` : 'level';
    const input = doc.createElement('input');
    input.type = 'radio';
    input.name = props.name;
    input.value = option.key;
    if (option.description) input.setAttribute('aria-describedby', props.descriptionId(option.description));
    label.append(input, doc.createTextNode(option.label));
    const description = doc.createElement('span');
    description.className = 'level-description';
    description.setAttribute('aria-hidden', 'true');
    description.textContent = option.description;
    description.hidden = option.description === '';
    element.append(label, description);
    return input;
  });
  return { element, inputs };
}

/** The radio's label text and its visible description, as {@link buildLevelRadios} placed them. */
export function levelTexts(input: HTMLInputElement): { label: Node | null; description: Element | null } {
  return { label: input.nextSibling, description: input.parentElement?.nextElementSibling ?? null };
}
