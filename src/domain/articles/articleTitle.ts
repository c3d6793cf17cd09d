import type { Article } from '../dataset/datasetSchema.ts';

const OPENING_WORDS = 6;

/**
 * The article's title; an untitled article is named by its first words, never by a
 * made-up headline.
 * @example articleTitle({ title: null, paragraphs: ['Rusya Dışişleri Bakanı Sergey Lavrov, geçtiğimiz …'] })
 * // { isUntitled: true, text: 'Rusya Dışişleri Bakanı Sergey Lavrov, geçtiğimiz…' }
 * @example articleTitle({ title: null, paragraphs: [], url: 'https://example.org/a' })
 * // { isUntitled: true, text: 'https://example.org/a' }
 */
export function articleTitle(
  article: Pick<Article, 'title' | 'paragraphs'> & Partial<Pick<Article, 'url' | 'identifier'>>,
): {
  isUntitled: boolean;
  text: string;
} {
  if (article.title !== null) return { isUntitled: false, text: article.title };
  // An article only cited has no words to open with: its URL or identifier names it.
  if (article.paragraphs.length === 0) {
    return { isUntitled: true, text: article.url ?? article.identifier ?? '' };
  }
  const words = (article.paragraphs[0] ?? '').split(/\s+/).filter(Boolean);
  const opening = words.slice(0, OPENING_WORDS).join(' ');
  return { isUntitled: true, text: words.length > OPENING_WORDS ? `${opening}…` : opening };
}
