/** A span of a paragraph: start and end (exclusive) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);
// An apostrophe or hyphen joins two words into one ("Rusya'nın", "Kore’ye", "Jong-un").
const isJoiner = (ch: string | undefined) => ch === "'" || ch === '’' || ch === '-';

function isInWord(text: string, at: number): boolean {
  const ch = text[at];
  if (isWordChar(ch)) return true;
  return isJoiner(ch) && isWordChar(text[at - 1]) && isWordChar(text[at + 1]);
}

/**
 * Widens a selection to whole words and trims the spaces and punctuation at its ends,
 * so a quote never starts or stops inside a word; null when it holds no word. A
 * Turkish suffix after an apostrophe belongs to its word.
 * @example snapToWords("Rusya'nın Kore’ye", 2, 12) // { start: 0, end: 17 }
 */
export function snapToWords(text: string, start: number, end: number): Span | null {
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end, 0));
  while (from < to && !isInWord(text, from)) from++;
  while (to > from && !isInWord(text, to - 1)) to--;
  if (from >= to) return null;
  while (from > 0 && isInWord(text, from - 1)) from--;
  while (to < text.length && isInWord(text, to)) to++;
  return { start: from, end: to };
}

/**
 * The word boundaries of a paragraph, for moving a caret word by word: the start of
 * every word and the end of every word, in order.
 * @example wordStops('ab cd') // [0, 2, 3, 5]
 */
export function wordStops(text: string): number[] {
  const stops: number[] = [];
  for (let at = 0; at <= text.length; at++) {
    const inside = at < text.length && isInWord(text, at);
    const before = at > 0 && isInWord(text, at - 1);
    if (inside !== before) stops.push(at);
  }
  return stops;
}
