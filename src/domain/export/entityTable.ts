import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { sourceCount } from '../evidence/sourceCount.ts';
import { pickText } from '../text/pickText.ts';
import type { CsvCell } from './csvText.ts';
import { EXCERPT_COLUMNS, attributeCells, attributeColumns, backingCells } from './excerptCells.ts';

export const ENTITY_COLUMNS = [
  'entity_id',
  'kind',
  'name',
  'name_en',
  'date',
  'date_as_stated',
  'place',
  'cameo',
  'independent_sources',
  'articles',
  'excerpts',
] as const;

/**
 * The shown entities as a table, one row per excerpt so each quote sits beside its
 * source: the entity's facts (names in the chosen language and in English, a
 * meeting's date, place and CAMEO code, its source counts), then the excerpt. Rows
 * follow the dataset's order; the first row is the header. An imported item without
 * excerpts has a row per citation instead, and imported `attributes` follow as
 * columns of their own.
 * @example entityTable(index, new Set(['russia']), 'tr')[1]
 * // ['russia', 'state', 'Rusya', 'Russia', null, null, null, null, 1, 1, 2, 1, 'Rusya Dışişleri…', 'tr', …]
 */
export function entityTable(
  index: DatasetIndex,
  shown: ReadonlySet<string>,
  language: string,
): CsvCell[][] {
  const own = [...ENTITY_COLUMNS, ...EXCERPT_COLUMNS];
  const extra = attributeColumns(
    index.dataset.entities.filter((entity) => shown.has(entity.id)),
    own,
  );
  const rows: CsvCell[][] = [[...own, ...extra]];
  for (const entity of index.dataset.entities) {
    if (!shown.has(entity.id)) continue;
    const isMeeting = entity.kind === 'meeting';
    const sources = sourceCount(index, entity);
    const facts: CsvCell[] = [
      entity.id,
      entity.kind,
      pickText(entity.name, language),
      entity.name.en,
      isMeeting ? entity.date.date : null,
      isMeeting ? (entity.date.asStated ?? null) : null,
      isMeeting && entity.place !== null ? pickText(entity.place, language) : null,
      isMeeting ? entity.cameo : null,
      sources.independent,
      sources.articles,
      entity.evidence.length,
    ];
    const attributes = attributeCells(entity, extra);
    for (const backing of backingCells(index, entity)) {
      rows.push([...facts, ...backing, ...attributes]);
    }
  }
  return rows;
}
