import type { Mention } from './findMentions.ts';

/** A run of a paragraph's text with the same marks: within one sentence, one mention or none, highlighted or not. */
export interface ParagraphPart {
  start: number;
  end: number;
  mention: Mention | null;
  isHighlighted: boolean;
}

/** A sentence of a paragraph, cut into parts. */
export interface SentenceParts {
  start: number;
  end: number;
  parts: ParagraphPart[];
}

/**
 * Cuts a paragraph into sentences, and each sentence into parts at every mention and
 * highlight boundary, so a reader can draw mentions, the quoted words and clickable
 * sentences over the same text.
 * @example paragraphParts(12, [[0, 12]], [], [4, 8]).map((s) => s.parts.length) // [3]
 */
export function paragraphParts(
  length: number,
  sentences: readonly [number, number][],
  mentions: readonly Mention[],
  highlight: readonly [number, number] | null,
): SentenceParts[] {
  // Text between sentences (spaces) belongs to the sentence before it.
  const spans: [number, number][] = sentences.map(([start], i) => [
    start,
    sentences[i + 1]?.[0] ?? length,
  ]);
  if (spans.length === 0) spans.push([0, length]);
  if (spans[0]![0] > 0) spans[0]![0] = 0;
  return spans.map(([start, end]) => {
    const cuts = new Set([start, end]);
    for (const m of mentions)
      for (const at of [m.start, m.end]) if (at > start && at < end) cuts.add(at);
    if (highlight !== null) for (const at of highlight) if (at > start && at < end) cuts.add(at);
    const points = [...cuts].sort((a, b) => a - b);
    const parts: ParagraphPart[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      parts.push({
        start: from,
        end: to,
        mention: mentions.find((m) => m.start <= from && m.end >= to) ?? null,
        isHighlighted: highlight !== null && highlight[0] <= from && highlight[1] >= to,
      });
    }
    return { start, end, parts };
  });
}
