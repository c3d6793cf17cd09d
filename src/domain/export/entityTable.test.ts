import { describe, expect, it } from 'vitest';
import { indexDataset } from '../dataset/indexDataset.ts';
import { seedDataset } from '../../testSupport/seedDataset.ts';
import { entityTable } from './entityTable.ts';

const index = indexDataset(seedDataset());
const cell = (rows: ReturnType<typeof entityTable>, row: number, column: string) =>
  rows[row]![rows[0]!.indexOf(column)];

describe('entityTable', () => {
  it('has one row per excerpt of each shown entity, in dataset order', () => {
    const rows = entityTable(index, new Set(['the-west', 'russia']), 'en');
    expect(rows.slice(1).map((row) => row[0])).toEqual(['russia', 'the-west', 'the-west']);
  });

  it('gives names in the chosen language and in English', () => {
    const rows = entityTable(index, new Set(['the-west']), 'tr');
    expect(cell(rows, 1, 'name')).toBe('Batı');
    expect(cell(rows, 1, 'name_en')).toBe('The West');
  });

  it("gives a meeting's date as the source words it, and leaves the unknown date empty", () => {
    const rows = entityTable(index, new Set(['lavrov-choe-meeting']), 'en');
    const meeting = index.entityById.get('lavrov-choe-meeting');
    if (meeting?.kind !== 'meeting') throw new Error('the seed has a meeting');
    expect(cell(rows, 1, 'date')).toBeNull();
    expect(cell(rows, 1, 'date_as_stated')).toBe(meeting.date.asStated);
    expect(cell(rows, 1, 'quote')).toBe(meeting.evidence[0]!.quote);
    expect(cell(rows, 1, 'publisher')).toBeNull();
  });
});
