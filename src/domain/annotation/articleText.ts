import { textToParagraphs } from '../articles/textToParagraphs.ts';
import { contentHash } from '../dataset/contentHash.ts';

/** A change made to an article's text on its way in; the app tells the analyst which. */
export type Normalisation =
  | 'byte-order-mark'
  | 'windows-line-endings'
  | 'old-mac-line-endings'
  | 'blank-lines'
  | 'unicode-nfc'
  | 'bidi-controls';

/** An article's text cut into paragraphs, and what was changed to get there. */
export interface ArticleText {
  paragraphs: string[];
  applied: Normalisation[];
}

// Invisible characters that reorder text on screen (embeddings, overrides, isolates):
// in a quote they could make it read differently from what is stored.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Prepares a pasted or opened text as an article's paragraphs, exactly as the
 * dataset format expects them (one per non-empty line, as textToParagraphs and
 * data:add-article cut them; NFC), and says which normalisations it applied.
 * @example normaliseArticleText('A\r\n\r\nB') // { paragraphs: ['A', 'B'], applied: ['windows-line-endings', 'blank-lines'] }
 */
export function normaliseArticleText(raw: string): ArticleText {
  const applied: Normalisation[] = [];
  let text = raw;
  if (text.startsWith('\uFEFF')) applied.push('byte-order-mark');
  if (text.includes('\r\n')) applied.push('windows-line-endings');
  if (/\r(?!\n)/.test(text)) {
    applied.push('old-mac-line-endings');
    text = text.replace(/\r(?!\n)/g, '\n');
  }
  const nfc = text.normalize('NFC');
  if (nfc !== text) applied.push('unicode-nfc');
  text = nfc;
  const withoutBidi = text.replace(BIDI_CONTROLS, '');
  if (withoutBidi !== text) applied.push('bidi-controls');
  text = withoutBidi;
  const paragraphs = textToParagraphs(text);
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r?\n$/, '')
    .split(/\r?\n/);
  if (lines.some((line) => line.trim() === '') && paragraphs.length > 0)
    applied.push('blank-lines');
  return { paragraphs, applied };
}

/**
 * A hash of an article's paragraphs, stored with the article so that a changed text
 * is noticed (and its excerpts re-anchored).
 * @example articleTextHash(['A', 'B']) === articleTextHash(['A', 'B']) // true
 */
export function articleTextHash(paragraphs: readonly string[]): string {
  return contentHash(paragraphs.join('\n'));
}
