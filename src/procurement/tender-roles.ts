/**
 * Where each criterion belongs in a tender. An assessment of an unsolicited offer may ask
 * about the supplier's past and about the kommune itself; a tender may not award on those:
 * award criteria must be linked to what is delivered under the contract. Such criteria are
 * left out of the award and suggested where they belong instead.
 */

/**
 * `award`: assessed in the award. `qualification`: about the supplier's past results or
 * finances, suggested as a qualification requirement. `contract`: about how the contract is
 * carried out, suggested as a contract term. `outside`: about the kommune itself or the need
 * it describes, which the kommune writes in the functional description.
 */
export type TenderRole = 'award' | 'qualification' | 'contract' | 'outside';

/**
 * The roles of the built-in default framework's criteria that are not `award`, by criterion
 * id. Keep in step with `src/framework/default-framework.ts`: an id renamed there falls back
 * to `award` here, which the tender-draft tests catch.
 */
export const DEFAULT_TENDER_ROLES: Readonly<Record<string, TenderRole>> = Object.freeze({
  // About the kommune's own offer and need: the kommune describes these itself.
  'supplerer-tilbudet': 'outside',
  'nytt-for-kommunen': 'outside',
  'udekket-behov': 'outside',
  // About the kommune's own actions: an owner in the kommune, a route it has chosen.
  'eier-i-kommunen': 'outside',
  anskaffelsesvei: 'outside',
  // About the supplier's past results and finances.
  'for-og-etter-data': 'qualification',
  sammenligning: 'qualification',
  'uavhengig-evaluering': 'qualification',
  'okonomisk-modell': 'qualification',
  // About how the contract is carried out.
  'pilot-med-laering': 'contract',
  'samarbeid-pa-tvers': 'contract',
});

/** A criterion's role: the kommune's own choice first, then the default framework's, then award. */
export function tenderRole(criterionId: string, own: Readonly<Record<string, TenderRole>> = {}): TenderRole {
  return own[criterionId] ?? DEFAULT_TENDER_ROLES[criterionId] ?? 'award';
}
