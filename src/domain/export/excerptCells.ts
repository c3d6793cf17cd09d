import type { Citation, Evidence } from '../dataset/datasetSchema.ts';
import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { prefixedAttributes, unprefixedName } from '../import/graphFiles/diplographCreator.ts';
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

/**
 * A citation as the same cells: no quote (the article's text is not held), then the
 * cited article's reference, so an imported item's row still leads to its source.
 * @example citationCells(index, entity.citations[0])
 * // [null, null, 'und', null, null, null, 'file-veld-nodes-csv', null, null, null, null, null, null, null]
 */
export function citationCells(index: DatasetIndex, citation: Citation): CsvCell[] {
  const article = index.articleById.get(citation.article);
  return [
    null,
    null,
    article?.language ?? null,
    null,
    null,
    null,
    citation.article,
    null,
    null,
    article?.title ?? null,
    article?.publisher ?? null,
    article?.author ?? null,
    article?.published ?? null,
    article?.url ?? null,
  ];
}

/**
 * The rows' source cells of an item: one per excerpt, or one per citation when it
 * has no excerpt (an imported item), so every item has at least one row.
 */
export function backingCells(
  index: DatasetIndex,
  item: { evidence: readonly Evidence[]; citations?: readonly Citation[] | undefined },
): CsvCell[][] {
  if (item.evidence.length > 0) {
    return item.evidence.map((evidence, i) => excerptCells(index, evidence, i + 1));
  }
  return (item.citations ?? []).map((citation) => citationCells(index, citation));
}

/**
 * The attribute columns of a table: every key of the items' imported `attributes`,
 * in first-seen order, after the table's own columns; a key named like one of them
 * is written with the `attribute_` prefix, so no column is written twice.
 * @example attributeColumns([{ attributes: { population: 5, kind: 'x' } }], ['kind']) // ['population', 'attribute_kind']
 */
export function attributeColumns(
  items: readonly { attributes?: Record<string, string | number | boolean> | undefined }[],
  own: readonly string[],
): string[] {
  const columns = new Set<string>();
  for (const item of items) {
    for (const key of Object.keys(prefixedAttributes(item.attributes, own))) columns.add(key);
  }
  return [...columns];
}

/** An item's attribute values in the order of the attribute columns; missing ones are empty. */
export function attributeCells(
  item: { attributes?: Record<string, string | number | boolean> | undefined },
  columns: readonly string[],
): CsvCell[] {
  return columns.map((column) => {
    const value = item.attributes?.[unprefixedName(column)];
    return value === undefined ? null : typeof value === 'boolean' ? String(value) : value;
  });
}
