import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/datasetSchema.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { isPlacedByOwnDates, relationInPeriod } from './relationInPeriod.ts';

const index = indexDataset(
  JSON.parse(
    readFileSync(new URL('../../../data/fictional-veld.json', import.meta.url), 'utf8'),
  ) as Dataset,
);
const inPeriod = (id: string, from: string | null, to: string | null) =>
  relationInPeriod(index, index.relationById.get(id)!, from, to);

describe('relationInPeriod', () => {
  it('dates an undated participation, or what a meeting concerns, by the meeting', () => {
    for (const id of ['quint-at-port-alder', 'port-alder-concerns-accord']) {
      expect(inPeriod(id, '2031', '2031')).toBe(true);
      expect(inPeriod(id, '2031-03-03', '2031-03-03')).toBe(true);
      expect(inPeriod(id, '2031-03-04', null)).toBe(false);
    }
  });

  it('holds an undated office or membership in any period', () => {
    expect(inPeriod('quint-office', '1990', '1990')).toBe(true);
    expect(inPeriod('orsk-in-compact', null, '2031-01')).toBe(true);
  });

  it('needs an interaction’s own dates', () => {
    expect(inPeriod('ens-warns-tesk', '2031-04-10', '2031-04-10')).toBe(true);
    expect(inPeriod('ens-warns-tesk', '2031-05', null)).toBe(false);
    expect(inPeriod('norland-grain-for-tesk', '2031', '2031')).toBe(false);
  });
});

describe('isPlacedByOwnDates', () => {
  it('is true of every interaction and of structural ties with dates', () => {
    const kinds = (ids: string[]) =>
      ids.map((id) => isPlacedByOwnDates(index.relationById.get(id)!));
    expect(kinds(['norland-grain-for-tesk', 'ens-warns-tesk'])).toEqual([true, true]);
    expect(kinds(['quint-office', 'quint-at-port-alder', 'norland-in-compact'])).toEqual([
      false,
      false,
      false,
    ]);
    expect(
      isPlacedByOwnDates({ kind: 'holds-office', start: { date: '2029' }, end: undefined }),
    ).toBe(true);
  });
});
