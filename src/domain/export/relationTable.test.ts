import { describe, expect, it } from 'vitest';
import { indexDataset } from '../dataset/indexDataset.ts';
import { seedDataset } from '../../testSupport/seedDataset.ts';
import { relationTable } from './relationTable.ts';

const index = indexDataset(seedDataset());
const cell = (rows: ReturnType<typeof relationTable>, row: number, column: string) =>
  rows[row]![rows[0]!.indexOf(column)];

describe('relationTable', () => {
  it('has one row per excerpt of each shown relation, after the header', () => {
    const rows = relationTable(
      index,
      new Set(['russia-north-korea-strategic-ties', 'russia-west-tensions']),
      'en',
    );
    expect(rows).toHaveLength(1 + 2 + 1);
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      'russia-north-korea-strategic-ties',
      'russia-north-korea-strategic-ties',
      'russia-west-tensions',
    ]);
    expect(rows.slice(1).map((row) => cell(rows, rows.indexOf(row), 'excerpt_number'))).toEqual([
      1, 2, 1,
    ]);
  });

  it('names the ends in the chosen language and keeps the quote verbatim in Turkish', () => {
    const rows = relationTable(index, new Set(['russia-west-tensions']), 'tr');
    expect(cell(rows, 1, 'source_name')).toBe('Rusya');
    expect(cell(rows, 1, 'target_name')).toBe('Batı');
    const evidence = index.relationById.get('russia-west-tensions')!.evidence[0]!;
    expect(cell(rows, 1, 'quote')).toBe(evidence.quote);
    expect(cell(rows, 1, 'quote_language')).toBe('tr');
    expect(cell(rows, 1, 'translation_en')).toBe(evidence.gloss!.en);
  });

  it('gives the classification: kind, stance, QuadClass, CAMEO code, direction', () => {
    const rows = relationTable(index, new Set(['russia-north-korea-military-support']), 'en');
    expect(cell(rows, 1, 'kind')).toBe('supports');
    expect(cell(rows, 1, 'cameo')).toBe('062');
    expect(cell(rows, 1, 'quad_class')).toBe('material-cooperation');
    expect(cell(rows, 1, 'stance')).toBe('cooperation');
    expect(cell(rows, 1, 'independent_sources')).toBe(1);
  });

  it('leaves what the source does not say empty', () => {
    const rows = relationTable(index, new Set(['russia-west-tensions']), 'en');
    for (const column of ['article_title', 'publisher', 'published', 'url', 'cameo', 'start'])
      expect(cell(rows, 1, column)).toBeNull();
  });

  it('leaves out what is not shown', () => {
    expect(relationTable(index, new Set(), 'en')).toHaveLength(1);
  });
});
