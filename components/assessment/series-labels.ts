import type { Assessment, Mode } from '../../src/assessment/types.js';
import type { ViewContext } from './view-context.js';

/** The name this element's own assessment is drawn and listed under. */
export function ownLabel(ctx: Pick<ViewContext, 't'>, mode: Mode): string {
  return ctx.t(mode === 'official' ? 'seriesOfficial' : 'seriesSelf');
}

/**
 * The name a reference assessment is shown under: an entrepreneur's self-assessment is
 * called that; any other is numbered after its place on the radar. The offer's organisation
 * is added when it has one, so two offers are told apart.
 */
export function referenceLabel(ctx: Pick<ViewContext, 't'>, reference: Assessment, index: number): string {
  const label =
    reference.mode === 'self' ? ctx.t('seriesReferenceSelf') : ctx.t('seriesReferenceOther', { n: index + 2 });
  const name = reference.offer.organisation?.trim();
  return name ? ctx.t('seriesNamed', { label, name }) : label;
}
