import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/datasetSchema.ts';
import { articleSentences, citedSentences } from './citedSentences.ts';
import { syntheticArticle } from '../../testSupport/syntheticDraft.ts';

// Synthetic text and ids, fictional names.
const PARAGRAPHS = [
  'Arden and Belmar met on Monday. Officials called the talks useful.',
  'Belmar later warned Arden over the dam. No date was given.',
];

describe('articleSentences', () => {
  it('counts sentences across paragraphs, each at its paragraph and offset', () => {
    const sentences = articleSentences(PARAGRAPHS, 'en');
    expect(sentences.map((s) => [s.number, s.paragraph, s.offset, s.text])).toEqual([
      [1, 1, 0, 'Arden and Belmar met on Monday.'],
      [2, 1, 32, 'Officials called the talks useful.'],
      [3, 2, 0, 'Belmar later warned Arden over the dam.'],
      [4, 2, 40, 'No date was given.'],
    ]);
  });

  test.prop([fc.array(fc.string({ minLength: 1, maxLength: 60 }), { maxLength: 4 })])(
    'every sentence is a verbatim slice of its paragraph at its offset',
    (paragraphs) => {
      for (const s of articleSentences(paragraphs, 'tr')) {
        expect(paragraphs[s.paragraph - 1]!.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
      }
    },
  );
});

describe('citedSentences', () => {
  const dataset = {
    articles: [syntheticArticle('a', PARAGRAPHS, { url: 'https://example.org/a' })],
    entities: [],
    relations: [
      {
        id: 'warning',
        kind: 'in-tension-with',
        source: 'belmar',
        target: 'arden',
        evidence: [],
        citations: [
          {
            article: 'a',
            locator: { sentence: 3 },
            source: { format: 'gdelt', file: null, row: 1, id: '1' },
          },
          {
            article: 'a',
            locator: { sentence: 9 },
            source: { format: 'gdelt', file: null, row: 2, id: '2' },
          },
          {
            article: 'b',
            locator: { sentence: 1 },
            source: { format: 'gdelt', file: null, row: 3, id: '3' },
          },
        ],
      },
    ],
  } as unknown as Dataset;

  it('names the sentence each locator points at, and says when the text has no such sentence', () => {
    expect(citedSentences(dataset, 'a')).toEqual([
      {
        item: 'warning',
        sentence: 3,
        found: {
          number: 3,
          paragraph: 2,
          offset: 0,
          text: 'Belmar later warned Arden over the dam.',
        },
      },
      { item: 'warning', sentence: 9, found: null },
    ]);
    expect(citedSentences(dataset, 'nowhere')).toEqual([]);
  });
});
