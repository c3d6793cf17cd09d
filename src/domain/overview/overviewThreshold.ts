/**
 * Past this many entities and relations in a dataset the graph shows an overview
 * of groups first. A synthetic set of 600 entities (2,100 elements) is drawn whole
 * in under a second and a half here; at 1,000 entities (3,500 elements) the full
 * drawing's first frame passes a second while the overview stays under half of it
 * (see the bench).
 */
export const OVERVIEW_MIN_ELEMENTS = 3000;

/**
 * Whether a dataset is shown as an overview of groups, unless every entity is asked for.
 * @example showsOverview({ entities: new Array(2000), relations: new Array(5000) }, false) // true
 */
export function showsOverview(
  dataset: { entities: readonly unknown[]; relations: readonly unknown[] },
  drawAll: boolean,
): boolean {
  return !drawAll && dataset.entities.length + dataset.relations.length > OVERVIEW_MIN_ELEMENTS;
}
