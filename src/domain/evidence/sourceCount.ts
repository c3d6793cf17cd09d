import type { Entity, Relation } from '../dataset/datasetSchema.ts';
import type { DatasetIndex } from '../dataset/indexDataset.ts';

/** How many independent sources back an item. */
export interface SourceCount {
  articles: number;
  /** Distinct known publishers among those articles. */
  publishers: number;
  /** Articles whose publisher is unknown: they may or may not be independent. */
  unknownPublisher: number;
  /** Independent sources counted conservatively: the known publishers, plus one for any unknown ones. */
  independent: number;
}

/**
 * Counts the independent sources behind an entity or relation: distinct articles
 * from distinct publishers, with articles of unknown publisher counted apart.
 * Articles an item only cites (imported items) count as its sources too.
 * @example sourceCount(index, tensions) // { articles: 1, publishers: 0, unknownPublisher: 1, independent: 1 }
 */
export function sourceCount(index: DatasetIndex, item: Entity | Relation): SourceCount {
  // An imported item's citations name its sources too, though they quote nothing.
  const articles = new Set([
    ...item.evidence.map((e) => e.article),
    ...(item.citations ?? []).map((c) => c.article),
  ]);
  const publishers = new Set<string>();
  let unknownPublisher = 0;
  for (const id of articles) {
    const publisher = index.articleById.get(id)?.publisher ?? null;
    if (publisher === null) unknownPublisher += 1;
    else publishers.add(publisher);
  }
  return {
    articles: articles.size,
    publishers: publishers.size,
    unknownPublisher,
    independent: publishers.size + (unknownPublisher > 0 ? 1 : 0),
  };
}
