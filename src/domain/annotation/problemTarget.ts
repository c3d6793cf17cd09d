import type { Dataset } from '../dataset/datasetSchema.ts';

/** Where a problem in a draft can be fixed: the item it concerns and the article to open. */
export interface ProblemTarget {
  /** The entity or relation (by id) the problem is in; null for the article or dataset itself. */
  item: string | null;
  /** The article to open: the one the excerpt quotes, or the article with the problem. */
  article: string | null;
}

/**
 * The item and article a problem's path points into, so the analyst can go there:
 * `entities[3].evidence[0].gloss` is the fourth entity, in the article its first
 * excerpt quotes; `articles[1].title` is the second article. Null when the path names
 * neither (a problem of the dataset as a whole).
 * @example problemTarget(draft, ['entities', 0, 'evidence', 0, 'gloss']) // { item: 'veloria', article: 'kastelo' }
 */
export function problemTarget(
  dataset: Pick<Dataset, 'articles' | 'entities' | 'relations'>,
  path: readonly (string | number)[],
): ProblemTarget | null {
  const [list, index, field, at] = path;
  if (typeof index !== 'number') return null;
  if (list === 'articles') {
    const article = dataset.articles[index];
    return article === undefined ? null : { item: null, article: article.id };
  }
  if (list !== 'entities' && list !== 'relations') return null;
  const item = dataset[list][index];
  if (item === undefined) return null;
  const quoted =
    field === 'evidence' && typeof at === 'number'
      ? item.evidence[at]?.article
      : field === 'citations' && typeof at === 'number'
        ? item.citations?.[at]?.article
        : item.evidence[0]?.article;
  const article = dataset.articles.some((a) => a.id === quoted) ? quoted! : null;
  return { item: item.id, article };
}
