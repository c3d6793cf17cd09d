import { foldText } from '../search/foldText.ts';

/** The passage of an article most like a quote that is not in it verbatim. */
export interface ClosestPassage {
  paragraph: number;
  offset: number;
  text: string;
  /** Edits (insertions, deletions, substitutions) between the quote and the passage, after folding. */
  distance: number;
}

/**
 * How much comparing the caller allows, in cells of the edit-distance table
 * (quote length × passage length per compared passage). Shared by every quote of
 * one check, so a file cannot buy unbounded work with many or long quotes.
 */
export interface PassageBudget {
  cells: number;
}

/**
 * Cells one dataset check may spend looking for near matches: about 0.15 s on
 * a 2-core machine. The seed's worst quote takes about 1 % of it.
 */
export const PASSAGE_BUDGET_CELLS = 15_000_000;

/** Quotes longer than this get no near-match hint: a typo in them is found by eye. */
export const MAX_HINT_QUOTE_CHARS = 600;

/**
 * The edit distance of a and b, or some value above `limit` once it is certain to
 * exceed it or the budget is spent. Spends at most one row past the budget.
 */
function editDistance(a: string, b: string, limit: number, budget: PassageBudget): number {
  let previous = Uint32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    if (budget.cells <= 0) return Number.POSITIVE_INFINITY;
    budget.cells -= b.length;
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return rowMin;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * Finds where in an article a mistyped or re-punctuated quote most likely comes
 * from: the passage, starting at a word, of the quote's length that needs the fewest
 * edits. Case, accents and Turkish dotted/dotless i are ignored while comparing.
 * Gives up (null) on quotes over {@link MAX_HINT_QUOTE_CHARS} and once `budget` is
 * spent, since a hint is a courtesy and the check must stay fast on any file.
 * @example closestPassage(['Rusya’nın bu hamlesi'], "Rusya'nın bu hamlesi")
 * // { paragraph: 1, offset: 0, text: 'Rusya’nın bu hamlesi', distance: 1 }
 */
export function closestPassage(
  paragraphs: readonly string[],
  quote: string,
  budget: PassageBudget = { cells: PASSAGE_BUDGET_CELLS },
): ClosestPassage | null {
  if (quote.length > MAX_HINT_QUOTE_CHARS) return null;
  const wanted = foldText(quote);
  let best: ClosestPassage | null = null;
  for (const [index, paragraph] of paragraphs.entries()) {
    for (let start = 0; start < paragraph.length; start++) {
      if (start > 0 && !/\s/.test(paragraph[start - 1]!)) continue;
      const text = paragraph.slice(start, start + quote.length);
      const limit = best?.distance ?? Math.ceil(quote.length / 2);
      const distance = editDistance(wanted, foldText(text), limit, budget);
      if (budget.cells <= 0) return null;
      if (distance <= limit && (best === null || distance < best.distance)) {
        best = { paragraph: index + 1, offset: start, text, distance };
      }
    }
  }
  return best;
}
