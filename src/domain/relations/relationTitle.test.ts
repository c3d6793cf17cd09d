import { expect, it } from 'vitest';
import { indexDataset } from '../dataset/indexDataset.ts';
import { itemTitle, relationTitle } from './relationTitle.ts';

it('reads a relation as source, kind and target, in the wanted language', () => {
  const evidence = [
    { article: 'x', paragraph: 1, offset: 0, quote: 'x', modality: 'stated' as const },
  ];
  const index = indexDataset({
    formatVersion: 1,
    id: 'synthetic',
    title: { en: 'Synthetic' },
    synthetic: true,
    articles: [],
    entities: [
      { id: 'norland', kind: 'state', name: { en: 'Norland', tr: 'Norlandiya' }, evidence },
      { id: 'tesk', kind: 'state', name: { en: 'Tesk' }, evidence },
    ],
    relations: [{ id: 'r', kind: 'in-tension-with', source: 'norland', target: 'tesk', evidence }],
  });
  const relation = index.relationById.get('r')!;
  expect(relationTitle(index, relation, 'en')).toBe('Norland is in tension with Tesk');
  expect(relationTitle(index, relation, 'tr')).toBe('Norlandiya is in tension with Tesk');
});

it('names an entity or a relation by id, and falls back to the id', () => {
  const evidence = [
    { article: 'x', paragraph: 1, offset: 0, quote: 'x', modality: 'stated' as const },
  ];
  const index = indexDataset({
    formatVersion: 1,
    id: 'synthetic',
    title: { en: 'Synthetic' },
    synthetic: true,
    articles: [],
    entities: [
      { id: 'norland', kind: 'state', name: { en: 'Norland', tr: 'Norlandiya' }, evidence },
      { id: 'tesk', kind: 'state', name: { en: 'Tesk' }, evidence },
    ],
    relations: [{ id: 'r', kind: 'supports', source: 'norland', target: 'tesk', evidence }],
  });
  expect(itemTitle(index, 'norland', 'tr')).toBe('Norlandiya');
  expect(itemTitle(index, 'r', 'en')).toBe('Norland supports Tesk');
  expect(itemTitle(index, 'mars', 'en')).toBe('mars');
});

it('isolates a name with a right-to-left override, so the sentence keeps its order', () => {
  const evidence = [
    { article: 'x', paragraph: 1, offset: 0, quote: 'x', modality: 'stated' as const },
  ];
  const index = indexDataset({
    formatVersion: 1,
    id: 'synthetic',
    title: { en: 'Synthetic' },
    synthetic: true,
    articles: [],
    entities: [
      { id: 'norland', kind: 'state', name: { en: '\u202ENorland' }, evidence },
      { id: 'tesk', kind: 'state', name: { en: 'Te\u200Bsk' }, evidence },
    ],
    relations: [{ id: 'r', kind: 'supports', source: 'norland', target: 'tesk', evidence }],
  });
  expect(itemTitle(index, 'r', 'en')).toBe('\u2068\u202ENorland\u2069 supports Te\u200Bsk');
});
