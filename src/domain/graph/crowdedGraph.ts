/**
 * Above this many drawn elements (entities plus relations) a graph is crowded: the
 * camera fits so much that names and ties cannot be read, so selecting an entity
 * zooms to its neighbourhood. Not the overview's threshold (`OVERVIEW_MIN_ELEMENTS`
 * in domain/overview, past which a *dataset* is shown as groups first) nor the lean
 * style's (`DETAIL_MAX_ELEMENTS` in graph-view): a crowded graph is what the camera
 * sees, whether it is a full drawing or an overview with groups opened.
 */
export const CROWDED_MIN_ELEMENTS = 2000;

/**
 * Whether a graph drawing `elements` entities and relations is crowded.
 *
 * @example isCrowded(2500) // true
 */
export function isCrowded(elements: number): boolean {
  return elements > CROWDED_MIN_ELEMENTS;
}
