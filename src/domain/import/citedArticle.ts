import type { Article } from '../dataset/datasetSchema.ts';

/**
 * An article an import knows only by reference (a URL, or an identifier such as a
 * story id or a file name): its text is unknown (no paragraphs), and so is every field
 * the source does not give — never guessed.
 * @example citedArticle({ id: 'gdelt-1', url: 'https://example.org/a', annotatedBy: 'GDELT' }).title // null
 */
export function citedArticle(
  known: Pick<Article, 'id' | 'annotatedBy'> &
    Partial<Pick<Article, 'url' | 'identifier' | 'publisher' | 'published' | 'language'>>,
): Article {
  return {
    id: known.id,
    language: known.language ?? 'und',
    title: null,
    publisher: known.publisher ?? null,
    author: null,
    published: known.published ?? null,
    url: known.url ?? null,
    licence: null,
    identifier: known.identifier ?? null,
    annotatedBy: known.annotatedBy,
    paragraphs: [],
  };
}
