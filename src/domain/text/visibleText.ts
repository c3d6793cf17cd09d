import { shortenText } from './shortenText.ts';

// Invisible characters that change how text reads: bidi embeddings, overrides and
// isolates, marks, zero-width spaces and joiners, the byte-order mark, controls.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/**
 * Text from a dataset made safe to quote in a message: invisible characters are
 * written out (`<U+202E>`) so they can neither reorder nor hide the words around
 * them, and text longer than `max` is cut with "…".
 * @example visibleText('ab\u202Ecd') // 'ab<U+202E>cd'
 */
export function visibleText(text: string, max = 300): string {
  return shortenText(text, max).replace(
    INVISIBLE,
    (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}
