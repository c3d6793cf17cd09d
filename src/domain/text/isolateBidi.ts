// Characters that can reorder the text around them: explicit bidi formatting
// (embeddings, overrides, isolates, the Arabic letter mark) and right-to-left letters.
const REORDERING =
  /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * A name to put inside a sentence of plain text (where no `<bdi>` element can go):
 * wrapped in first-strong-isolate … pop-directional-isolate when it holds anything
 * that could reorder the words around it — a right-to-left override, an unclosed
 * embedding, Arabic or Hebrew letters —, else unchanged.
 * @example isolateBidi('\u202EQuint') // '\u2068\u202EQuint\u2069'
 */
export function isolateBidi(text: string): string {
  return REORDERING.test(text) ? `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}` : text;
}
