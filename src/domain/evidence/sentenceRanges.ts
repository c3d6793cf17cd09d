/**
 * The sentences of a paragraph as [start, end) ranges, found by the runtime's
 * sentence segmenter for the text's language; trailing spaces are left out.
 * @example sentenceRanges('Bir. İki.', 'tr') // [[0, 4], [5, 9]]
 */
export function sentenceRanges(text: string, language: string): [number, number][] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const ranges: [number, number][] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const end = index + segment.trimEnd().length;
    if (end > index) ranges.push([index, end]);
  }
  return ranges;
}
