import { useEffect } from 'react';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import {
  findNamedMentions,
  foldArticleAhead,
  mentionNames,
  type Mention,
  type MentionName,
} from '../domain/evidence/findMentions.ts';
import { useDatasetIndex } from './useDatasetIndex.ts';
import { whenIdle } from './whenIdle.ts';

// Mentions are found when asked for, and remembered per dataset: a large dataset
// has thousands of names and hundreds of articles, and a full scan takes seconds.
const names = new WeakMap<DatasetIndex, readonly MentionName[]>();
const byArticle = new WeakMap<DatasetIndex, Map<string, readonly Mention[]>>();
const byEntity = new WeakMap<DatasetIndex, Map<string, ReadonlyMap<string, number>>>();

function remembered<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Every mention of every entity in one article, longest names drawn first. */
export function articleMentions(index: DatasetIndex, articleId: string): readonly Mention[] {
  const found = remembered(byArticle, index, () => new Map<string, readonly Mention[]>());
  let mentions = found.get(articleId);
  if (mentions === undefined) {
    const article = index.articleById.get(articleId);
    const all = remembered(names, index, () => mentionNames(index.dataset.entities));
    mentions = article === undefined ? [] : findNamedMentions(article, all);
    found.set(articleId, mentions);
  }
  return mentions;
}

/**
 * How often each article mentions one entity, nested mentions included ("Kore" in
 * "Kuzey Kore" counts for both): searched with that entity's names only.
 */
export function entityMentionCounts(
  index: DatasetIndex,
  entityId: string,
): ReadonlyMap<string, number> {
  const found = remembered(byEntity, index, () => new Map<string, ReadonlyMap<string, number>>());
  let counts = found.get(entityId);
  if (counts === undefined) {
    const entity = index.entityById.get(entityId);
    const own = entity === undefined ? [] : mentionNames([entity]);
    counts = new Map(
      index.dataset.articles
        .map((article) => [article.id, findNamedMentions(article, own).length] as const)
        .filter(([, count]) => count > 0),
    );
    found.set(entityId, counts);
  }
  return counts;
}

/** The mentions in one article of the dataset being explored. */
export function useArticleMentions(articleId: string | undefined): readonly Mention[] {
  const index = useDatasetIndex();
  return articleId === undefined ? [] : articleMentions(index, articleId);
}

/** How often each article mentions the entity, in the dataset being explored. */
export function useEntityMentionCounts(entityId: string): ReadonlyMap<string, number> {
  return entityMentionCounts(useDatasetIndex(), entityId);
}

/**
 * Folds the dataset's articles for mention search while the page is idle and the
 * graph is not being drawn (`isBusy`), an article at a time, so the first selection
 * finds them ready (at 20,000 entities, folding them all took ~100 ms of it).
 */
export function useFoldArticlesWhenIdle(index: DatasetIndex, isBusy: boolean): void {
  useEffect(() => {
    if (isBusy) return;
    const { articles } = index.dataset;
    let next = 0;
    return whenIdle((hasTime) => {
      while (next < articles.length && hasTime()) {
        if (!foldArticleAhead(articles[next]!.paragraphs, hasTime)) return false;
        next += 1;
      }
      return next >= articles.length;
    });
  }, [index, isBusy]);
}
