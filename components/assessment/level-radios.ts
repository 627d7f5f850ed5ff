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
 * `<div class="level-option">` holding a `<label>` (the `<input>` and a `<span>` with the
 * level's label) and, where the level has one, a `<span class="level-description">` with what
 * the level means; all in a `<div class="levels">`.
 *
 * The description is on screen before anything is chosen, so nobody has to pick a level to
 * learn what it means. It stays outside the label, so the radio's name is the level's label
 * alone; a screen reader gets the same text once, as the radio's description, from a shared
 * element elsewhere (`props.descriptionId`), so the visible copy is hidden from it.
 *
 * Texts go in as `textContent` and ids through properties, so framework text never becomes
 * markup.
 */
export function buildLevelRadios(doc: Document, props: LevelRadiosProps): LevelRadios {
  const element = doc.createElement('div');
  element.className = 'levels';
  const inputs = props.options.map((option) => {
    const wrapper = doc.createElement('div');
    wrapper.className = 'level-option';
    const label = doc.createElement('label');
    label.className = option.className ? `level ${option.className}` : 'level';
    const input = doc.createElement('input');
    input.type = 'radio';
    input.name = props.name;
    input.value = option.key;
    if (option.description) input.setAttribute('aria-describedby', props.descriptionId(option.description));
    const text = doc.createElement('span');
    text.textContent = option.label;
    label.append(input, text);
    const description = doc.createElement('span');
    description.className = 'level-description';
    description.setAttribute('aria-hidden', 'true');
    description.textContent = option.description;
    description.hidden = option.description === '';
    wrapper.append(label, description);
    element.append(wrapper);
    return input;
  });
  return { element, inputs };
}
