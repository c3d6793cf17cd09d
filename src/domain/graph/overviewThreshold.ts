/**
 * Above this many visible elements (entities plus drawn relations) a graph is seen
 * as an overview: the camera fits so much that names and ties cannot be read, so
 * selecting an entity zooms to its neighbourhood. One constant for every part of
 * the app that treats large graphs apart.
 */
export const OVERVIEW_MIN_ELEMENTS = 2000;

/**
 * Whether a graph showing `elements` entities and relations is an overview.
 *
 * @example isOverviewSize(2500) // true
 */
export function isOverviewSize(elements: number): boolean {
  return elements > OVERVIEW_MIN_ELEMENTS;
}
