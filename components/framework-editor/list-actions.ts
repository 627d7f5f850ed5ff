import {
  addCriterion,
  addDimension,
  moveCriterion,
  moveDimension,
  removeCriterion,
  removeDimension,
} from '../../src/framework/edit-framework.js';
import type { Framework } from '../../src/framework/types.js';
import type { EditorMessageKey } from './framework-editor.messages.js';
import { axisName, type ListActions, type MoveDirection } from './views/axis-views.js';
import type { EditorContext } from './views/editor-context.js';

/** What the list actions need from the editor. */
export interface ListActionsHost {
  readonly context: EditorContext;
  /** The area whose details are shown. */
  readonly selectedAxis: number;
  /** The criterion of the selected area whose fields are shown. */
  readonly openCriterion: number;
  /** Shows another area's details, with its first criterion open. */
  select(index: number): void;
  /** Shows one criterion's fields in the selected area. */
  open(criterion: number): void;
  edit(next: Framework): void;
  announce(message: string): void;
  /** Focuses the first of `selectors` that exists and is enabled once the editor has rendered. */
  focusAfterUpdate(selectors: string[]): void;
}

/**
 * Adding, removing and reordering areas and criteria, each of which also says what happened
 * and puts focus where the user can go on: a screen reader user must hear where a moved item
 * went and keep their place, and a removed item's buttons must not take the focus with them.
 */
export function listActions(host: ListActionsHost): ListActions {
  const ctx = host.context;
  const t = (key: EditorMessageKey, values?: Record<string, string | number>): string => ctx.t(key, values);
  const present = (): Framework => ctx.draft;
  const criterionName = (axis: number, index: number): string =>
    ctx.text(present().dimensions[axis]?.criteria[index]?.title).trim() || t('criterion', { number: index + 1 });
  /** Where a move by button lands, or undefined when it would leave the list. */
  const target = (index: number, direction: MoveDirection, count: number): number | undefined => {
    const to = direction === 'up' ? index - 1 : index + 1;
    return to < 0 || to >= count ? undefined : to;
  };
  /** After a move: the same button at the new place, or its twin when the list's end disables it. */
  const focusMoved = (prefix: string, direction: MoveDirection, to: number): void => {
    const other = direction === 'up' ? 'down' : 'up';
    host.focusAfterUpdate([`[data-move="${prefix}${direction}-${to}"]`, `[data-move="${prefix}${other}-${to}"]`]);
  };
  return {
    selectedAxis: host.selectedAxis,
    openCriterion: host.openCriterion,
    selectAxis: (index) => {
      host.select(index);
      host.focusAfterUpdate(['#axis-detail-heading']);
    },
    openCriterionAt: (index) => host.open(index),
    addAxis: () => {
      const index = present().dimensions.length;
      host.edit(addDimension(present()));
      host.select(index);
      host.announce(t('axisAdded', { number: index + 1 }));
      host.focusAfterUpdate([`#f-dimensions-${index}-title-nb`]);
    },
    removeAxis: (index) => {
      const name = axisName(ctx, present().dimensions[index], index);
      host.edit(removeDimension(present(), index));
      if (host.selectedAxis >= index && host.selectedAxis > 0) host.select(host.selectedAxis - 1);
      host.announce(t('axisRemoved', { title: name }));
      host.focusAfterUpdate([`[data-select="${index}"]`, `[data-select="${index - 1}"]`, '[data-add="axis"]']);
    },
    moveAxis: (index, direction) => {
      const count = present().dimensions.length;
      const to = target(index, direction, count);
      if (to === undefined) return;
      const name = axisName(ctx, present().dimensions[index], index);
      host.edit(moveDimension(present(), index, to));
      if (host.selectedAxis === index) host.select(to);
      else if (host.selectedAxis === to) host.select(index);
      host.announce(t('moved', { title: name, position: to + 1, count }));
      focusMoved('axis-', direction, to);
    },
    addCriterion: (axis) => {
      const index = present().dimensions[axis]?.criteria.length ?? 0;
      host.edit(addCriterion(present(), axis));
      host.open(index);
      host.announce(t('criterionAdded', { number: index + 1 }));
      host.focusAfterUpdate([`#f-dimensions-${axis}-criteria-${index}-title-nb`]);
    },
    removeCriterion: (axis, index) => {
      const name = criterionName(axis, index);
      host.edit(removeCriterion(present(), axis, index));
      // The open criterion stays open: one after the removed one has moved up a place.
      if (host.openCriterion > index) host.open(host.openCriterion - 1);
      host.announce(t('criterionRemoved', { title: name }));
      host.focusAfterUpdate([`[data-add="criterion-${axis}"]`]);
    },
    moveCriterion: (axis, index, direction) => {
      const count = present().dimensions[axis]?.criteria.length ?? 0;
      const to = target(index, direction, count);
      if (to === undefined) return;
      const name = criterionName(axis, index);
      host.edit(moveCriterion(present(), axis, index, to));
      // The open criterion stays open wherever it moves.
      if (host.openCriterion === index) host.open(to);
      else if (host.openCriterion === to) host.open(index);
      host.announce(t('moved', { title: name, position: to + 1, count }));
      focusMoved(`criterion-${axis}-`, direction, to);
    },
  };
}
