import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/datasetSchema.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { searchDataset } from './searchDataset.ts';

const search = searchDataset(
  indexDataset(
    JSON.parse(
      readFileSync(new URL('../../../data/lavrov-choe.json', import.meta.url), 'utf8'),
    ) as Dataset,
  ),
);
const entityIds = (query: string) => search(query).names.map((hit) => hit.entityId);

describe('searchDataset on the seed dataset', () => {
  it.each(['Rusya', 'rusya', 'RUSYA', 'Russia'])('finds Russia first for %j', (query) => {
    expect(entityIds(query)[0]).toBe('russia');
  });

  it.each(['Dışişleri', 'disisleri', 'DIŞİŞLERİ'])(
    'finds both foreign ministers by their office for %j',
    (query) => {
      const hits = search(query).names;
      expect(hits.map((h) => h.entityId).sort()).toEqual(['choe-son-hui', 'sergey-lavrov']);
      expect(hits[0]).toMatchObject({
        field: 'office',
        matched: 'Dışişleri Bakanı',
        language: 'tr',
      });
    },
  );

  it('shows the alias that matched', () => {
    expect(search('DPRK').names[0]).toMatchObject({
      entityId: 'north-korea',
      matched: 'DPRK',
      field: 'alias',
    });
  });

  it('matches prefixes while typing', () => {
    expect(entityIds('lav')).toContain('sergey-lavrov');
    expect(entityIds('kuz')).toContain('north-korea');
  });

  it('finds a name from its inflected form', () => {
    expect(entityIds("Rusya'nın")[0]).toBe('russia');
    expect(entityIds('Kore’ye')).toContain('north-korea');
  });

  it('tolerates swapped letters in a name', () => {
    expect(entityIds('Lavorv')).toContain('sergey-lavrov');
  });

  it('tolerates a typo in a longer word', () => {
    expect(entityIds('Lavrof')).toContain('sergey-lavrov');
    expect(entityIds('Sergei')).toContain('sergey-lavrov');
  });

  it('finds words of the excerpts as a second group', () => {
    const { excerpts } = search('gerginliklerde');
    expect(excerpts.map((hit) => hit.ownerId)).toContain('russia-west-tensions');
    expect(excerpts[0]?.language).toBe('tr');
  });

  it('finds nothing for an empty query, and nothing for nonsense', () => {
    expect(search('  ')).toEqual({ names: [], excerpts: [] });
    expect(search('xqzv')).toEqual({ names: [], excerpts: [] });
  });
});
