import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/datasetSchema.ts';
import { seedDataset } from '../../testSupport/seedDataset.ts';
import { bucketTimeline } from './bucketTimeline.ts';
import { timelineItems } from './timelineItems.ts';

const fictional = JSON.parse(
  readFileSync(new URL('../../../data/fictional-veld.json', import.meta.url), 'utf8'),
) as Dataset;

describe('timelineItems', () => {
  it('dates meetings by their date and relations by their start, else their end', () => {
    const base = seedDataset();
    const relation = base.relations.find((r) => r.kind === 'supports')!;
    const items = timelineItems({
      entities: [],
      relations: [
        { ...relation, id: 'a', start: { date: '2020' }, end: { date: '2022' } },
        { ...relation, id: 'b', start: { date: null }, end: { date: '2022-05' } },
        { ...relation, id: 'c', start: undefined, end: undefined },
      ],
    });
    expect(items).toEqual([
      { id: 'a', kind: 'relation', date: '2020' },
      { id: 'b', kind: 'relation', date: '2022-05' },
      { id: 'c', kind: 'relation', date: null },
    ]);
  });

  it('leaves out structural ties without dates, which a period does not hide', () => {
    const base = seedDataset();
    const office = base.relations.find((r) => r.kind === 'holds-office')!;
    const items = timelineItems({
      entities: [],
      relations: [
        { ...office, id: 'undated' },
        { ...office, id: 'since', start: { date: '2029' } },
      ],
    });
    expect(items).toEqual([{ id: 'since', kind: 'relation', date: '2029' }]);
  });

  it('finds no dates in the seed article, whose meeting says only "geçtiğimiz günlerde"', () => {
    const timeline = bucketTimeline(timelineItems(seedDataset()));
    expect(timeline.buckets).toEqual([]);
    expect(timeline.undated.meetings).toBe(1);
  });

  it('puts the fictional dataset on a monthly axis: March 2031 and April 2031', () => {
    const timeline = bucketTimeline(timelineItems(fictional));
    expect(timeline.granularity).toBe('month');
    expect(timeline.buckets).toEqual([
      { start: '2031-03-01', end: '2031-03-31', meetings: 1, relations: 1 },
      { start: '2031-04-01', end: '2031-04-30', meetings: 0, relations: 1 },
    ]);
    // Only the four undated interactions drop out while a period is set.
    expect(timeline.undated).toEqual({ meetings: 0, relations: 4 });
  });
});
