/**
 * Puts the keyboard focus on an area's first question: its chosen radio, or the first radio
 * when none is chosen (where Tab would land in that group), so that a visitor who moves on to
 * the next area can answer at once instead of tabbing past the area buttons again. An area
 * without a radio group gets the focus on its heading.
 */
export function focusFirstQuestion(area: HTMLElement): void {
  const group = area.querySelector('fieldset');
  const radio =
    group?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
    group?.querySelector<HTMLInputElement>('input[type="radio"]');
  const target = radio ?? area.querySelector<HTMLElement>('h4');
  // Scrolled so that the area's heading shows above the question, not hidden under a sticky bar.
  area.scrollIntoView?.({ block: 'start' });
  target?.focus({ preventScroll: true });
}
