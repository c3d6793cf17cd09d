import type { Article, Dataset } from '../domain/dataset/datasetSchema.ts';

/**
 * A synthetic article for tests: every field the test does not give is unknown
 * (null), as an article whose source says nothing more is stored.
 * @example syntheticArticle('a', ['Veloria met Marenzia.']).publisher // null
 */
export function syntheticArticle(
  id: string,
  paragraphs: readonly string[],
  fields: Partial<Article> = {},
): Article {
  return {
    id,
    language: 'en',
    title: null,
    publisher: null,
    author: null,
    published: null,
    url: null,
    licence: null,
    annotatedBy: 'test',
    paragraphs: [...paragraphs],
    ...fields,
  };
}

/** A synthetic draft dataset holding the given articles and nothing else yet. */
export function syntheticDraft(articles: readonly Article[]): Dataset {
  return {
    formatVersion: 1,
    id: 'draft',
    title: { en: 'Synthetic draft' },
    synthetic: true,
    articles: [...articles],
    entities: [],
    relations: [],
  };
}
