import { describe, expect, it } from 'vitest';
import { findQuote, splitAtQuote } from './splitAtQuote.ts';

describe('splitAtQuote', () => {
  it('cuts the paragraph around the quote at its offset', () => {
    expect(splitAtQuote('Rusya ve Batı ile Batı', { offset: 18, quote: 'Batı' })).toEqual({
      before: 'Rusya ve Batı ile ',
      quote: 'Batı',
      after: '',
    });
  });

  it('returns null when the words are not at the offset', () => {
    expect(splitAtQuote('Rusya ve Batı', { offset: 0, quote: 'Batı' })).toBeNull();
  });
});

describe('findQuote', () => {
  it('finds every occurrence, with 1-based paragraphs', () => {
    expect(findQuote(['Kore’ye Kore', 'Kore'], 'Kore')).toEqual([
      { paragraph: 1, offset: 0 },
      { paragraph: 1, offset: 8 },
      { paragraph: 2, offset: 0 },
    ]);
  });

  it('keeps the two apostrophes apart', () => {
    expect(findQuote(['Kore’ye'], "Kore'ye")).toEqual([]);
  });
});
