import { closestPassage } from '../evidence/closestPassage.ts';
import { findQuote } from '../evidence/splitAtQuote.ts';

/**
 * A W3C Web Annotation TextQuoteSelector: the quote (`exact`) with the words just
 * before and after it in its paragraph, so the quote can be found again after the
 * text around it changes. In the dataset, `exact` is the excerpt's `quote`.
 */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** How many UTF-16 code units of context a selector keeps on each side. */
export const SELECTOR_CONTEXT = 32;

/**
 * The selector of a quote cut from `paragraph` at `offset`, its prefix and suffix
 * cut from the same paragraph (shorter at the paragraph's edges).
 * @example quoteSelector('Ab cd ef', 3, 2) // { exact: 'cd', prefix: 'Ab ', suffix: ' ef' }
 */
export function quoteSelector(
  paragraph: string,
  offset: number,
  length: number,
  context = SELECTOR_CONTEXT,
): TextQuoteSelector {
  return {
    exact: paragraph.slice(offset, offset + length),
    prefix: paragraph.slice(Math.max(0, offset - context), offset),
    suffix: paragraph.slice(offset + length, offset + length + context),
  };
}

/** Where an excerpt stands in an article's text now. */
export type Anchoring =
  /** At its stored paragraph and offset, unchanged. */
  | { status: 'exact'; paragraph: number; offset: number }
  /** Found once elsewhere, by its words and their context: safe to move there. */
  | { status: 'moved'; paragraph: number; offset: number }
  /** Its words occur in several places and the context does not tell which: a person chooses. */
  | { status: 'ambiguous'; places: { paragraph: number; offset: number }[] }
  /** Its words are gone; `suggestion` is the closest passage, for a person to confirm, or null. */
  | {
      status: 'missing';
      suggestion: { paragraph: number; offset: number; text: string } | null;
    };

function contextFits(
  paragraphs: readonly string[],
  place: { paragraph: number; offset: number },
  selector: TextQuoteSelector,
): boolean {
  const text = paragraphs[place.paragraph - 1] ?? '';
  const before = text.slice(0, place.offset);
  const after = text.slice(place.offset + selector.exact.length);
  return before.endsWith(selector.prefix) && after.startsWith(selector.suffix);
}

/**
 * Finds an excerpt again in an article's (possibly corrected) text: exact at its
 * stored place; else its words where they occur once, or where they occur once
 * with the same prefix and suffix; several such places are ambiguous. A quote whose
 * words changed is never moved: it is missing, with the closest passage only as a
 * suggestion a person confirms.
 * @example anchorExcerpt(['New text. Ab cd ef'], { paragraph: 1, offset: 3 }, { exact: 'cd', prefix: 'Ab ', suffix: ' ef' })
 * // { status: 'moved', paragraph: 1, offset: 13 }
 */
export function anchorExcerpt(
  paragraphs: readonly string[],
  stored: { paragraph: number; offset: number },
  selector: TextQuoteSelector,
): Anchoring {
  const { exact } = selector;
  const text = paragraphs[stored.paragraph - 1];
  if (exact.length === 0) return { status: 'missing', suggestion: null };
  if (text?.slice(stored.offset, stored.offset + exact.length) === exact) {
    return { status: 'exact', ...stored };
  }
  const places = findQuote(paragraphs, exact);
  if (places.length === 1) return { status: 'moved', ...places[0]! };
  if (places.length > 1) {
    const fitting = places.filter((place) => contextFits(paragraphs, place, selector));
    return fitting.length === 1
      ? { status: 'moved', ...fitting[0]! }
      : { status: 'ambiguous', places: fitting.length > 1 ? fitting : places };
  }
  const closest = closestPassage(paragraphs, exact);
  return {
    status: 'missing',
    suggestion:
      closest === null
        ? null
        : { paragraph: closest.paragraph, offset: closest.offset, text: closest.text },
  };
}
