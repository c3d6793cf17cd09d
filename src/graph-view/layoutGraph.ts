import { contentHash } from '../domain/dataset/contentHash.ts';
import type { Dataset, EntityKind } from '../domain/dataset/datasetSchema.ts';
import { storedPositions } from '../domain/dataset/storedPositions.ts';
import { seededRandom } from '../domain/random/seededRandom.ts';

/**
 * Up to this many entities the force layout runs in the page, where it can measure
 * each label and take the careful 'proof' pass. Above it, fcose's 'proof' pass costs
 * seconds per few hundred nodes (a 1,000-entity set took 35 s), so the fast spectral
 * 'draft' pass runs without labels, in a worker or ahead of time by data:layout.
 */
export const IN_PAGE_LAYOUT_MAX_NODES = 300;

/**
 * Where a dataset's force layout comes from: the positions it stores, the page
 * (small datasets, each label measured) or the layout worker (large ones).
 */
export function forceLayoutSource(dataset: Dataset): 'stored' | 'page' | 'worker' {
  if (storedPositions(dataset) !== null) return 'stored';
  return dataset.entities.length <= IN_PAGE_LAYOUT_MAX_NODES ? 'page' : 'worker';
}

/** What the headless layout needs of a dataset: ids, kinds (for sizes) and ends. */
export interface LayoutGraph {
  nodes: readonly (readonly [id: string, kind: EntityKind])[];
  edges: readonly (readonly [id: string, source: string, target: string])[];
}

export function layoutGraphOf(dataset: Dataset): LayoutGraph {
  return {
    nodes: dataset.entities.map((e) => [e.id, e.kind] as const),
    edges: dataset.relations.map((r) => [r.id, r.source, r.target] as const),
  };
}

/** The seed of a graph's layout: a hash of its element ids, in the order drawn. */
export function layoutSeed(ids: readonly string[]): number {
  return Number.parseInt(contentHash(ids.join('|')), 16);
}

/**
 * Runs a synchronous layout with Math.random swapped for a PRNG seeded from the
 * elements, so the same graph gets the same picture on every load and machine.
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}
