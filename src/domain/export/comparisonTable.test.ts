import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../compare/comparePeriods.ts';
import type { Dataset } from '../dataset/datasetSchema.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { comparisonTable } from './comparisonTable.ts';
import { csvText, type CsvCell } from './csvText.ts';

const index = indexDataset(
  JSON.parse(
    readFileSync(new URL('../../../data/fictional-veld.json', import.meta.url), 'utf8'),
  ) as Dataset,
);
const MARCH = { from: '2031-03', to: '2031-03' };
const APRIL = { from: '2031-04', to: '2031-04' };
const comparison = comparePeriods(index, index.dataset.relations, MARCH, APRIL);
const table = comparisonTable(index, comparison, MARCH, APRIL, 'en');
const header = table[0]!;
const rowOf = (end1: string, end2: string) =>
  Object.fromEntries(
    header.map((column, i): [string, CsvCell | undefined] => [
      String(column),
      table.find((row) => row[0] === end1 && row[2] === end2)?.[i],
    ]),
  );

describe('comparisonTable', () => {
  it('writes one row per tie with its status in A and B, counts and evidence ids', () => {
    expect(rowOf('halvard-ens', 'tesk')).toMatchObject({
      end_1_name: 'Halvard Ens',
      status: 'new',
      in_a: 'no',
      in_b: 'yes',
      kinds_b: 'in-tension-with',
      stances_b: 'conflict',
      quad_classes_b: 'verbal-conflict',
      count_a: 0,
      count_b: 1,
      relations_a: null,
      relations_b: 'ens-warns-tesk',
      period_a: '2031-03..2031-03',
      period_b: '2031-04..2031-04',
    });
    expect(rowOf('norland', 'tesk')).toMatchObject({
      status: 'ended',
      in_a: 'yes',
      in_b: 'no',
      relations_a: 'norland-tesk-water-accord',
    });
    expect(table.filter((row) => row[4] !== 'undated')).toHaveLength(1 + comparison.ties.length);
  });

  it('lists each undated relation apart, in neither period', () => {
    const undated = table.filter((row) => row[4] === 'undated');
    expect(undated.map((row) => row.at(-1))).toEqual(comparison.undated);
    expect(undated.every((row) => row[6] === 'unknown' && row[7] === 'unknown')).toBe(true);
  });

  it('becomes a CSV file whose rows all have the header’s width', () => {
    const lines = csvText(table).slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(table.length);
    expect(table.every((row) => row.length === header.length)).toBe(true);
  });
});
