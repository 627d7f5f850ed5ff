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
  /** Prefix of the description elements' ids, unique within the shadow root. */
  idPrefix: string;
  options: readonly LevelOption[];
}

/** The radios' wrapper, and the radios in the order of the options. */
export interface LevelRadios {
  element: HTMLDivElement;
  inputs: HTMLInputElement[];
}

/**
 * A criterion's radios as plain DOM, the same as hand-written markup: per radio a `<label>`
 * holding the `<input>` and a `<span>` with the level's label, and a hidden `<span>` with its
 * description that the radio names with `aria-describedby`, all in a `<div class="levels">`.
 *
 * Texts go in as `textContent` and ids through properties, so framework text never becomes
 * markup.
 */
export function buildLevelRadios(doc: Document, props: LevelRadiosProps): LevelRadios {
  const element = doc.createElement('div');
  element.className = 'levels';
  const inputs = props.options.map((option, index) => {
    const label = doc.createElement('label');
    label.className = option.className ? `level ${option.className}` : 'level';
    const input = doc.createElement('input');
    input.type = 'radio';
    input.name = props.name;
    input.value = option.key;
    const text = doc.createElement('span');
    text.textContent = option.label;
    label.append(input, text);
    element.append(label);
    if (option.description) {
      const descriptionId = `${props.idPrefix}-${index}`;
      input.setAttribute('aria-describedby', descriptionId);
      const description = doc.createElement('span');
      description.id = descriptionId;
      description.hidden = true;
      description.textContent = option.description;
      element.append(description);
    }
    return input;
  });
  return { element, inputs };
}
