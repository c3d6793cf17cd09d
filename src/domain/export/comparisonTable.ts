import type { Comparison, Period, TieSide } from '../compare/comparePeriods.ts';
import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { entityName } from '../relations/relationTitle.ts';
import type { CsvCell } from './csvText.ts';

const COMPARISON_COLUMNS = [
  'end_1_id',
  'end_1_name',
  'end_2_id',
  'end_2_name',
  'status',
  'changed_in',
  'in_a',
  'in_b',
  'kinds_a',
  'kinds_b',
  'stances_a',
  'stances_b',
  'quad_classes_a',
  'quad_classes_b',
  'count_a',
  'count_b',
  'relations_a',
  'relations_b',
  'period_a',
  'period_b',
  'undated_relation',
] as const;

const list = (items: readonly string[]) => (items.length === 0 ? null : items.join(' '));
const period = (p: Period) => `${p.from}..${p.to}`;
const sideCells = (a: TieSide, b: TieSide): CsvCell[] => [
  a.relations.length > 0 ? 'yes' : 'no',
  b.relations.length > 0 ? 'yes' : 'no',
  list(a.kinds),
  list(b.kinds),
  list(a.stances),
  list(b.stances),
  list(a.quadClasses),
  list(b.quadClasses),
  a.relations.length,
  b.relations.length,
  list(a.relations),
  list(b.relations),
];

/**
 * A comparison of two periods as a table, one row per tie: its two ends (ids and
 * names in the chosen language), its status and what changed, whether it is in A
 * and in B, the kinds, stances and QuadClasses of its relations in each period,
 * their counts, and the relation ids behind each side (the evidence, to look up in
 * the relations CSV). Then one row per undated relation, status `undated`, in
 * neither period (in_a and in_b `unknown`), named in undated_relation. The first row is the header.
 * @example comparisonTable(index, comparison, a, b, 'en')[1].slice(4, 8) // ['new', null, 'no', 'yes']
 */
export function comparisonTable(
  index: DatasetIndex,
  comparison: Comparison,
  a: Period,
  b: Period,
  language: string,
): CsvCell[][] {
  const rows: CsvCell[][] = [[...COMPARISON_COLUMNS]];
  const ends = (first: string, second: string): CsvCell[] => [
    first,
    entityName(index, first, language),
    second,
    entityName(index, second, language),
  ];
  for (const tie of comparison.ties) {
    rows.push([
      ...ends(...tie.ends),
      tie.status,
      list(tie.reasons),
      ...sideCells(tie.a, tie.b),
      period(a),
      period(b),
      null,
    ]);
  }
  for (const id of comparison.undated) {
    const relation = index.relationById.get(id);
    if (relation === undefined) continue;
    rows.push([
      ...ends(relation.source, relation.target),
      'undated',
      null,
      'unknown',
      'unknown',
      ...Array<null>(10).fill(null),
      period(a),
      period(b),
      relation.id,
    ]);
  }
  return rows;
}
