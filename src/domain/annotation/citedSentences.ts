import type { Dataset } from '../dataset/datasetSchema.ts';

/** A sentence of an article's text, where it stands in its paragraph. */
export interface ArticleSentence {
  /** From 1, counted across the whole article, as event coders count. */
  number: number;
  /** The paragraph (from 1) and the offset in it (UTF-16 code units), as excerpts store them. */
  paragraph: number;
  offset: number;
  text: string;
}

/** A citation whose locator names a sentence, and that sentence in the text now held. */
export interface CitedSentence {
  /** The cited entity or relation. */
  item: string;
  sentence: number;
  /** Null when the text has fewer sentences than the locator names. */
  found: ArticleSentence | null;
}

/**
 * The sentences of an article's paragraphs, split by the platform's sentence
 * segmenter for the article's language (Intl.Segmenter), trimmed; a paragraph
 * never runs into the next.
 * @example articleSentences(['One. Two.'], 'en').map((s) => s.text) // ['One.', 'Two.']
 */
export function articleSentences(
  paragraphs: readonly string[],
  language: string,
): ArticleSentence[] {
  const segmenter = new Intl.Segmenter(language === 'und' ? undefined : language, {
    granularity: 'sentence',
  });
  const sentences: ArticleSentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const { segment, index } of segmenter.segment(paragraph)) {
      const text = segment.trim();
      if (text === '') continue;
      sentences.push({
        number: sentences.length + 1,
        paragraph: p + 1,
        offset: index + segment.indexOf(text),
        text,
      });
    }
  });
  return sentences;
}

/**
 * For an article whose text has just been added, the sentences its citations'
 * locators name (GDELT's SentenceID, ICEWS's Sentence Number): where to look for the
 * excerpt. A help only — the coder counted sentences of its own processed text (for
 * a translated article, its translation) — so a person reads the sentence and quotes
 * what it says, never taking it as an excerpt unread.
 * @example citedSentences(dataset, 'gdelt-…')[0] // { item: 'russia-…', sentence: 3, found: { paragraph: 2, … } }
 */
export function citedSentences(
  dataset: Pick<Dataset, 'articles' | 'entities' | 'relations'>,
  articleId: string,
): CitedSentence[] {
  const article = dataset.articles.find((a) => a.id === articleId);
  if (article === undefined) return [];
  const sentences = articleSentences(article.paragraphs, article.language);
  const cited: CitedSentence[] = [];
  for (const item of [...dataset.entities, ...dataset.relations]) {
    for (const citation of item.citations ?? []) {
      const sentence = citation.locator?.sentence;
      if (citation.article !== articleId || sentence === undefined) continue;
      cited.push({ item: item.id, sentence, found: sentences[sentence - 1] ?? null });
    }
  }
  return cited;
}
