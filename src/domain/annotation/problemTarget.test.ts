import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/datasetSchema.ts';
import { problemTarget } from './problemTarget.ts';

// Synthetic: fictional ids, only what problemTarget reads.
const draft = {
  articles: [{ id: 'kastelo' }, { id: 'marenzia-note' }],
  entities: [
    {
      id: 'veloria',
      evidence: [{ article: 'kastelo' }, { article: 'marenzia-note' }],
    },
  ],
  relations: [{ id: 'pact', evidence: [{ article: 'gone' }] }],
} as unknown as Dataset;

describe('problemTarget', () => {
  it('points an excerpt’s problem at its item and the article it quotes', () => {
    expect(problemTarget(draft, ['entities', 0, 'evidence', 1, 'gloss'])).toEqual({
      item: 'veloria',
      article: 'marenzia-note',
    });
    expect(problemTarget(draft, ['entities', 0, 'aliases'])).toEqual({
      item: 'veloria',
      article: 'kastelo',
    });
  });

  it('points an article’s problem at the article, and an unknown article at nothing to open', () => {
    expect(problemTarget(draft, ['articles', 1, 'published'])).toEqual({
      item: null,
      article: 'marenzia-note',
    });
    expect(problemTarget(draft, ['relations', 0, 'evidence', 0, 'article'])).toEqual({
      item: 'pact',
      article: null,
    });
  });

  it('is null for a problem of the dataset as a whole or a path out of range', () => {
    expect(problemTarget(draft, ['title'])).toBeNull();
    expect(problemTarget(draft, [])).toBeNull();
    expect(problemTarget(draft, ['entities', 7, 'name'])).toBeNull();
  });
});
