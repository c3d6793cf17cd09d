import type { Evidence } from '../dataset/datasetSchema.ts';

/** A paragraph cut around an excerpt, so the quoted words can be highlighted. */
export interface QuoteSplit {
  before: string;
  quote: string;
  after: string;
}

/**
 * Cuts a paragraph at an excerpt's recorded offset; null when the excerpt is not
 * there verbatim (validation reports that case, so callers can skip the highlight).
 * @example splitAtQuote('Ab cd ef', { offset: 3, quote: 'cd' }) // { before: 'Ab ', quote: 'cd', after: ' ef' }
 */
export function splitAtQuote(
  paragraph: string,
  evidence: Pick<Evidence, 'offset' | 'quote'>,
): QuoteSplit | null {
  const end = evidence.offset + evidence.quote.length;
  if (paragraph.slice(evidence.offset, end) !== evidence.quote) return null;
  return {
    before: paragraph.slice(0, evidence.offset),
    quote: evidence.quote,
    after: paragraph.slice(end),
  };
}

/**
 * Every place a quote occurs in an article, as 1-based paragraph and 0-based offset.
 * @example findQuote(['a b', 'b'], 'b') // [{ paragraph: 1, offset: 2 }, { paragraph: 2, offset: 0 }]
 */
export function findQuote(
  paragraphs: readonly string[],
  quote: string,
): { paragraph: number; offset: number }[] {
  const found: { paragraph: number; offset: number }[] = [];
  paragraphs.forEach((text, index) => {
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      found.push({ paragraph: index + 1, offset: at });
    }
  });
  return found;
}
