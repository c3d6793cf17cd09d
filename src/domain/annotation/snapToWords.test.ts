import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { snapToWords, wordStops } from './snapToWords.ts';

describe('snapToWords', () => {
  const text = "Rusya'nın Kuzey Kore’ye yaklaşımı, dedi.";

  it('widens a selection that starts or stops inside a word to the whole words', () => {
    const span = snapToWords(text, 2, 12)!;
    expect(text.slice(span.start, span.end)).toBe("Rusya'nın Kuzey");
  });

  it('keeps a Turkish suffix after either apostrophe with its word', () => {
    const at = text.indexOf('Kore');
    const span = snapToWords(text, at, at + 2)!;
    expect(text.slice(span.start, span.end)).toBe('Kore’ye');
  });

  it('drops the spaces and punctuation at the ends of a selection', () => {
    const at = text.indexOf(' yaklaşımı, ');
    const span = snapToWords(text, at, at + ' yaklaşımı, '.length)!;
    expect(text.slice(span.start, span.end)).toBe('yaklaşımı');
  });

  it('gives nothing for a selection of spaces and punctuation only', () => {
    expect(snapToWords('a , b', 1, 4)).toBeNull();
  });

  it('accepts a selection made backwards', () => {
    expect(snapToWords('ab cd', 4, 1)).toEqual({ start: 0, end: 5 });
  });
});

test.prop([fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(50), fc.nat(50)])(
  'a snapped span lies within the text, holds the selected words and never cuts a word',
  (text, a, b) => {
    const span = snapToWords(text, a, b);
    if (span === null) return;
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.end).toBeGreaterThan(span.start);
    const stops = wordStops(text);
    expect(stops).toContain(span.start);
    expect(stops).toContain(span.end);
    // Snapping twice changes nothing.
    expect(snapToWords(text, span.start, span.end)).toEqual(span);
  },
);

it('lists word boundaries for a caret that moves word by word', () => {
  expect(wordStops("ab, Kore'ye")).toEqual([0, 2, 4, 11]);
});
