import { findMentions, type Mention } from '../domain/evidence/findMentions.ts';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { useDatasetIndex } from './useDatasetIndex.ts';

const cache = new WeakMap<DatasetIndex, ReadonlyMap<string, readonly Mention[]>>();

/** Every mention of every entity, by article id; found once per dataset. */
export function mentionsOf(index: DatasetIndex): ReadonlyMap<string, readonly Mention[]> {
  let mentions = cache.get(index);
  if (mentions === undefined) {
    mentions = new Map(
      index.dataset.articles.map((a) => [a.id, findMentions(a, index.dataset.entities)]),
    );
    cache.set(index, mentions);
  }
  return mentions;
}

/** The mentions of the dataset being explored, by article id. */
export function useMentions(): ReadonlyMap<string, readonly Mention[]> {
  return mentionsOf(useDatasetIndex());
}
