import type { DatasetIndex } from '../dataset/indexDataset.ts';

/**
 * The entities and relations with an excerpt overlapping a stretch of an article's
 * paragraph: what a sentence is evidence for.
 * @example evidenceAt(index, 'a1484f1563c4a089', 2, 0, 120) // ['lavrov-choe-meeting', …]
 */
export function evidenceAt(
  index: DatasetIndex,
  articleId: string,
  paragraph: number,
  start: number,
  end: number,
): string[] {
  const { entities, relations } = index.dataset;
  return [...entities, ...relations]
    .filter((item) =>
      item.evidence.some(
        (e) =>
          e.article === articleId &&
          e.paragraph === paragraph &&
          e.offset < end &&
          e.offset + e.quote.length > start,
      ),
    )
    .map((item) => item.id);
}
