import { describe, expect, it } from 'vitest';
import { paragraphParts } from './paragraphParts.ts';
import { sentenceRanges } from './sentenceRanges.ts';

const text = "Rusya'nın bu hamlesi önemli. Kuzey Kore’ye destek verdi.";

describe('sentenceRanges', () => {
  it('finds the sentences of a Turkish paragraph', () => {
    expect(sentenceRanges(text, 'tr').map(([s, e]) => text.slice(s, e))).toEqual([
      "Rusya'nın bu hamlesi önemli.",
      'Kuzey Kore’ye destek verdi.',
    ]);
  });
});

describe('paragraphParts', () => {
  const sentences = sentenceRanges(text, 'tr');
  const mention = {
    entityId: 'north-korea',
    paragraph: 1,
    start: 29,
    end: 42,
    name: 'Kuzey Kore',
    isNested: false,
  };

  it('cuts at mentions and at the highlight, and covers the whole text once', () => {
    const result = paragraphParts(text.length, sentences, [mention], [35, 49]);
    const parts = result.flatMap((s) => s.parts);
    expect(parts.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
    expect(parts.filter((p) => p.mention !== null).map((p) => text.slice(p.start, p.end))).toEqual([
      'Kuzey ',
      'Kore’ye',
    ]);
    expect(
      parts
        .filter((p) => p.isHighlighted)
        .map((p) => text.slice(p.start, p.end))
        .join(''),
    ).toBe('Kore’ye destek');
  });

  it('keeps each sentence apart', () => {
    expect(paragraphParts(text.length, sentences, [], null).map((s) => [s.start, s.end])).toEqual([
      [0, 29],
      [29, text.length],
    ]);
  });
});
