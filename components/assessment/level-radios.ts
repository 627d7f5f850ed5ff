import { nothing } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/** One radio of a criterion's group: a scale level, or "not applicable". */
export interface LevelOption {
  /** Which answer the radio stands for; handed back to `onChoose`. */
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
  /** The key of the radio that is checked, or `undefined` when none is. */
  checked: string | undefined;
  /**
   * Anything whose change means the radios must be built again (the criterion, the
   * framework, the language); compared by identity, item by item.
   */
  identity: readonly unknown[];
  onChoose(key: string): void;
}

/**
 * A criterion's radios, built with plain DOM calls once and then only patched.
 *
 * A framework may have 300 criteria of 6 radios each. As Lit templates every radio costs
 * marker comments, parts and a listener of its own, which made the DOM 4–5 × the size of
 * plain radio groups and every part a JS object; built here it is the same DOM as hand-written
 * markup: per radio a `<label>` holding the `<input>` and a `<span>` with the level's label,
 * and a hidden `<span>` with its description that the radio names with `aria-describedby`.
 * One `change` listener on the wrapper serves the whole group.
 *
 * Texts go in as `textContent` and ids through `setAttribute`, so framework text can never
 * become markup.
 */
class LevelRadiosDirective extends Directive {
  private wrapper?: HTMLDivElement;
  private inputs: HTMLInputElement[] = [];
  private identity: readonly unknown[] = [];
  private props?: LevelRadiosProps;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('levelRadios() belongs in a child position');
  }

  /** Server-side or first render without a DOM: nothing (the element renders only in a browser). */
  render(_props: LevelRadiosProps): typeof nothing {
    return nothing;
  }

  override update(part: ChildPart, [props]: [LevelRadiosProps]): HTMLDivElement {
    this.props = props;
    const wrapper = (this.wrapper ??= this.createWrapper(part));
    if (!sameItems(this.identity, props.identity)) {
      this.identity = props.identity;
      this.build(wrapper, props);
    }
    // Set on every update, as `live()` would: the DOM follows the answer even after the user
    // changed a radio that a later update (start over, undo of an import) unchecks again.
    for (const input of this.inputs) input.checked = input.value === props.checked;
    return wrapper;
  }

  private createWrapper(part: ChildPart): HTMLDivElement {
    const wrapper = (part.parentNode.ownerDocument ?? document).createElement('div');
    wrapper.className = 'levels';
    wrapper.addEventListener('change', (event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.checked && this.inputs.includes(input)) {
        this.props?.onChoose(input.value);
      }
    });
    return wrapper;
  }

  private build(wrapper: HTMLDivElement, props: LevelRadiosProps): void {
    const doc = wrapper.ownerDocument;
    const nodes: Node[] = [];
    this.inputs = props.options.map((option, index) => {
      const label = doc.createElement('label');
      label.className = option.className ? `level ${option.className}` : 'level';
      const input = doc.createElement('input');
      input.type = 'radio';
      input.name = props.name;
      input.value = option.key;
      const text = doc.createElement('span');
      text.textContent = option.label;
      label.append(input, text);
      nodes.push(label);
      if (option.description) {
        const descriptionId = `${props.idPrefix}-${index}`;
        input.setAttribute('aria-describedby', descriptionId);
        const description = doc.createElement('span');
        description.id = descriptionId;
        description.hidden = true;
        description.textContent = option.description;
        nodes.push(description);
      }
      return input;
    });
    wrapper.replaceChildren(...nodes);
  }
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * Renders a criterion's radio group body (see {@link LevelRadiosDirective}). Use it in a
 * child position inside the group's `<fieldset>`.
 */
export const levelRadios = directive(LevelRadiosDirective);
