import type { Article, Dataset } from '../dataset/datasetSchema.ts';
import { findMentions, type Mention } from '../evidence/findMentions.ts';

/** A suggestion's identity within an article: the entity and where it is named. */
export const suggestionKey = (m: Mention): string => `${m.entityId}:${m.paragraph}:${m.start}`;

/**
 * Mentions of the draft's entities in an article that no excerpt of that entity
 * already covers, less the ones the analyst dismissed: what Annotate suggests.
 * A mention inside a longer one of another entity is not suggested (the reader
 * draws only the outer one).
 */
export function uncitedMentions(
  dataset: Dataset,
  article: Article,
  dismissed: ReadonlySet<string> = new Set(),
): Mention[] {
  const cited = dataset.entities.flatMap((entity) =>
    entity.evidence
      .filter((e) => e.article === article.id)
      .map((e) => ({
        id: entity.id,
        paragraph: e.paragraph,
        start: e.offset,
        end: e.offset + e.quote.length,
      })),
  );
  return findMentions(article, dataset.entities).filter(
    (m) =>
      !m.isNested &&
      !dismissed.has(suggestionKey(m)) &&
      !cited.some(
        (c) =>
          c.id === m.entityId && c.paragraph === m.paragraph && c.start < m.end && m.start < c.end,
      ),
  );
}

/** A run of a paragraph's text drawn one way: selected, suggested, both or neither. */
export interface TextSegment {
  start: number;
  end: number;
  selected: boolean;
  /** The suggestion these words belong to, if any (the first one, where two overlap). */
  suggestion: Mention | null;
}

/**
 * Cuts a paragraph of `length` code units into runs at every edge of the selection
 * and of the suggestions in it, so each run is drawn whole: the runs cover the
 * paragraph exactly once, in order, and neighbours never draw alike.
 */
export function paragraphSegments(
  length: number,
  selection: { start: number; end: number } | null,
  suggestions: readonly Mention[],
): TextSegment[] {
  const edges = new Set([0, length]);
  const spans = selection === null ? suggestions : [selection, ...suggestions];
  for (const span of spans) {
    edges.add(Math.max(0, Math.min(length, span.start)));
    edges.add(Math.max(0, Math.min(length, span.end)));
  }
  const sorted = [...edges].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const selected = selection !== null && selection.start <= start && end <= selection.end;
    const suggestion = suggestions.find((m) => m.start <= start && end <= m.end) ?? null;
    const last = segments.at(-1);
    if (last?.selected === selected && last.suggestion === suggestion) last.end = end;
    else segments.push({ start, end, selected, suggestion });
  }
  return segments;
}
