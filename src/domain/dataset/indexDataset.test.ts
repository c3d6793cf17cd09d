import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './datasetSchema.ts';
import { indexDataset, neighbourhoodOf, sourceLanguageOf, tiesOf } from './indexDataset.ts';

const seed = JSON.parse(
  readFileSync(new URL('../../../data/lavrov-choe.json', import.meta.url), 'utf8'),
) as Dataset;
const index = indexDataset(seed);

describe('indexDataset on the seed dataset', () => {
  it('lists the relations at each end of an entity', () => {
    const ids = index.relationsByEntity.get('sergey-lavrov')?.map((r) => r.id);
    expect(ids).toEqual(['lavrov-holds-office', 'lavrov-at-meeting']);
  });

  it("finds an official's office through holds-office", () => {
    const [office] = tiesOf(index, 'sergey-lavrov', 'holds-office', 'outgoing');
    expect(office?.other.id).toBe('russia');
    expect(office?.relation.role?.en).toBe('Minister of Foreign Affairs');
  });

  it("finds a meeting's participants", () => {
    const ids = tiesOf(index, 'lavrov-choe-meeting', 'takes-part-in', 'incoming').map(
      (t) => t.other.id,
    );
    expect(ids).toEqual(['sergey-lavrov', 'choe-son-hui']);
  });

  it('names no members of the West, because the article names none', () => {
    expect(tiesOf(index, 'the-west', 'member-of', 'incoming')).toEqual([]);
  });

  it('takes a relation and its two ends as its neighbourhood', () => {
    expect(neighbourhoodOf(index, 'russia-west-tensions')).toEqual(
      new Set(['russia-west-tensions', 'russia', 'the-west']),
    );
  });

  it("takes an entity's relations and their other ends as its neighbourhood", () => {
    expect([...neighbourhoodOf(index, 'choe-son-hui')].sort()).toEqual([
      'choe-at-meeting',
      'choe-holds-office',
      'choe-son-hui',
      'lavrov-choe-meeting',
      'north-korea',
    ]);
  });
});

it("reads an item's source language from its first excerpt's article", () => {
  expect(sourceLanguageOf(index, index.entityById.get('lavrov-choe-meeting')!)).toBe('tr');
  expect(sourceLanguageOf(index, { evidence: [] })).toBeUndefined();
});
