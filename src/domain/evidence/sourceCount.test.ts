import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/datasetSchema.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { seedDataset } from '../../testSupport/seedDataset.ts';
import { evidenceAt } from './evidenceAt.ts';
import { sourceCount } from './sourceCount.ts';

const fictional = indexDataset(
  JSON.parse(
    readFileSync(new URL('../../../data/fictional-veld.json', import.meta.url), 'utf8'),
  ) as Dataset,
);
const seed = indexDataset(seedDataset());

describe('sourceCount', () => {
  it('counts two articles from two publishers as two independent sources', () => {
    expect(
      sourceCount(fictional, fictional.relationById.get('norland-tesk-water-accord')!),
    ).toEqual({
      articles: 2,
      publishers: 2,
      unknownPublisher: 0,
      independent: 2,
    });
  });

  it('counts an article of unknown publisher apart', () => {
    expect(sourceCount(fictional, fictional.relationById.get('ens-warns-tesk')!)).toEqual({
      articles: 1,
      publishers: 0,
      unknownPublisher: 1,
      independent: 1,
    });
  });
});

describe('evidenceAt', () => {
  it('finds what a sentence of the seed article backs', () => {
    const paragraph = seed.dataset.articles[0]!.paragraphs[1]!;
    const start = paragraph.indexOf('Rusya, Kuzey Kore’nin');
    const end = paragraph.indexOf('Bu görüşme, iki ülkenin');
    expect(evidenceAt(seed, 'a1484f1563c4a089', 2, start, end).sort()).toEqual([
      'russia-backs-north-korea-international-role',
      'russia-west-tensions',
      'the-west',
    ]);
  });
});
