import { foldText } from '../search/foldText.ts';

/** The passage of an article most like a quote that is not in it verbatim. */
export interface ClosestPassage {
  paragraph: number;
  offset: number;
  text: string;
  /** Edits (insertions, deletions, substitutions) between the quote and the passage, after folding. */
  distance: number;
}

function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return rowMin;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Finds where in an article a mistyped or re-punctuated quote most likely comes
 * from: the passage, starting at a word, of the quote's length that needs the fewest
 * edits. Case, accents and Turkish dotted/dotless i are ignored while comparing.
 * @example closestPassage(['Rusya’nın bu hamlesi'], "Rusya'nın bu hamlesi")
 * // { paragraph: 1, offset: 0, text: 'Rusya’nın bu hamlesi', distance: 1 }
 */
export function closestPassage(
  paragraphs: readonly string[],
  quote: string,
): ClosestPassage | null {
  const wanted = foldText(quote);
  let best: ClosestPassage | null = null;
  paragraphs.forEach((paragraph, index) => {
    for (let start = 0; start < paragraph.length; start++) {
      if (start > 0 && !/\s/.test(paragraph[start - 1]!)) continue;
      const text = paragraph.slice(start, start + quote.length);
      const limit = best?.distance ?? Math.ceil(quote.length / 2);
      const distance = editDistance(wanted, foldText(text), limit);
      if (distance <= limit && (best === null || distance < best.distance)) {
        best = { paragraph: index + 1, offset: start, text, distance };
      }
    }
  });
  return best;
}
