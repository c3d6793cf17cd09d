import { describe, expect, it } from 'vitest';
import type { Entity } from '../dataset/datasetSchema.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { entityName, isPluralEntity, nameInSentence, relationTitleParts } from './relationTitle.ts';

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
    { id: 'the-north', kind: 'bloc', name: { en: 'The North', tr: 'Kuzey' }, evidence },
    {
      id: 'tesk-and-friends',
      kind: 'bloc',
      name: { en: 'Tesk and its friends', tr: 'Tesk ve dostları' },
      evidence,
    },
  ],
  relations: [
    { id: 'r', kind: 'in-tension-with', source: 'norland', target: 'the-north', evidence },
    { id: 's', kind: 'supports', source: 'tesk-and-friends', target: 'norland', evidence },
  ],
});

describe('relationTitleParts', () => {
  it('gives both names in the wanted language, the target as it reads mid-sentence', () => {
    const relation = index.relationById.get('r')!;
    expect(relationTitleParts(index, relation, 'en')).toEqual({
      kind: 'in-tension-with',
      source: 'Norland',
      target: 'the North',
      isPluralSource: false,
    });
    expect(relationTitleParts(index, relation, 'tr')).toMatchObject({
      source: 'Norlandiya',
      target: 'Kuzey',
    });
  });

  it('says when the source names several parties, so the verb can agree', () => {
    expect(relationTitleParts(index, index.relationById.get('s')!, 'en')).toMatchObject({
      source: 'Tesk and its friends',
      isPluralSource: true,
    });
  });
});

it('names an entity by id in the wanted language, and falls back to the id', () => {
  expect(entityName(index, 'norland', 'tr')).toBe('Norlandiya');
  expect(entityName(index, 'tesk', 'tr')).toBe('Tesk');
  expect(entityName(index, 'mars', 'en')).toBe('mars');
});

it('lower-cases a leading "The" inside English sentences only', () => {
  expect(nameInSentence('The West', 'en')).toBe('the West');
  expect(nameInSentence('Theodor Ens', 'en')).toBe('Theodor Ens');
  expect(nameInSentence('The West', 'tr')).toBe('The West');
});

it('counts only blocs joined by "and" as several parties', () => {
  const entity = (kind: Entity['kind'], en: string) => ({ kind, name: { en } });
  expect(isPluralEntity(entity('bloc', 'The United States and its allies'))).toBe(true);
  expect(isPluralEntity(entity('bloc', 'Northern Compact'))).toBe(false);
  expect(isPluralEntity(entity('state', 'Trinidad and Tobago'))).toBe(false);
});

it('isolates a name with a right-to-left override, so the sentence keeps its order', () => {
  const hostile = indexDataset({
    ...index.dataset,
    entities: [
      { id: 'norland', kind: 'state', name: { en: '\u202ENorland' }, evidence },
      { id: 'tesk', kind: 'state', name: { en: 'Te\u200Bsk' }, evidence },
    ],
    relations: [{ id: 'r', kind: 'supports', source: 'norland', target: 'tesk', evidence }],
  });
  const [relation] = hostile.dataset.relations;
  expect(relationTitleParts(hostile, relation!, 'en')).toMatchObject({
    source: '\u2068\u202ENorland\u2069',
    target: 'Te\u200Bsk',
  });
});
