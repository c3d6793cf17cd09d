import type { Evidence } from '../dataset/datasetSchema.ts';
import type { DatasetIndex } from '../dataset/indexDataset.ts';
import type { CsvCell } from './csvText.ts';

/** The columns that say where an excerpt comes from, shared by the entity and relation tables. */
export const EXCERPT_COLUMNS = [
  'excerpt_number',
  'quote',
  'quote_language',
  'modality',
  'hedge_cue',
  'translation_en',
  'article_id',
  'paragraph',
  'offset',
  'article_title',
  'publisher',
  'author',
  'published',
  'url',
] as const;

/**
 * One excerpt as table cells: the quote verbatim in its language, then its source.
 * What the source does not say (title, publisher, date, URL) is an empty cell.
 * @example excerptCells(index, relation.evidence[0], 1)
 * // [1, 'Rusya ile Batı arasındaki gerilim…', 'tr', 'stated', null, 'The tension between…', 'a1484f1563c4a089', 2, 0, null, null, null, null, null]
 */
export function excerptCells(index: DatasetIndex, evidence: Evidence, number: number): CsvCell[] {
  const article = index.articleById.get(evidence.article);
  return [
    number,
    evidence.quote,
    article?.language ?? null,
    evidence.modality,
    evidence.cue ?? null,
    evidence.gloss?.en ?? null,
    evidence.article,
    evidence.paragraph,
    evidence.offset,
    article?.title ?? null,
    article?.publisher ?? null,
    article?.author ?? null,
    article?.published ?? null,
    article?.url ?? null,
  ];
}
