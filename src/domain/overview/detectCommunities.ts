import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../random/seededRandom.ts';
import type { Communities } from './assignGroups.ts';

/** What community detection reads of a dataset: ids and the ends of relations. */
export interface CommunityGraph {
  entities: readonly { id: string }[];
  relations: readonly { source: string; target: string }[];
}

/** The seed of the community detection: the same dataset gives the same communities. */
const SEED = 18;

/**
 * Communities of the whole dataset by Louvain modularity (graphology's), every
 * relation weighing one, with a seeded random source so the same dataset always
 * gives the same communities. Numbered from 1 in the order of their first entity in
 * the dataset, so the numbers are stable too. Presentation, not a fact: stored by
 * `npm run data:layout` beside positions.
 * @example detectCommunities(dataset)['norland'] // 1
 */
export function detectCommunities(dataset: CommunityGraph): Communities {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const entity of dataset.entities) graph.mergeNode(entity.id);
  for (const relation of dataset.relations) {
    const { source, target } = relation;
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.updateEdge(source, target, (attributes) => ({
      weight: ((attributes.weight as number | undefined) ?? 0) + 1,
    }));
  }
  const found = louvain(graph, { rng: seededRandom(SEED), getEdgeWeight: 'weight' });
  const numbers = new Map<number, number>();
  const communities: Record<string, number> = {};
  for (const entity of dataset.entities) {
    const raw = found[entity.id];
    if (raw === undefined) continue;
    if (!numbers.has(raw)) numbers.set(raw, numbers.size + 1);
    communities[entity.id] = numbers.get(raw)!;
  }
  return communities;
}
