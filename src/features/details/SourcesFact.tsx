import type { Entity, Relation } from '../../domain/dataset/datasetSchema.ts';
import { sourceCount } from '../../domain/evidence/sourceCount.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * How many independent sources back an item: distinct articles from distinct
 * publishers, with articles of unknown publisher counted apart.
 */
export function SourcesFact({ item }: { item: Entity | Relation }) {
  const count = sourceCount(useDatasetIndex(), item);
  const parts = [
    count.publishers > 0 && plural(count.publishers, 'publisher', 'publishers'),
    count.unknownPublisher > 0 &&
      `${plural(count.unknownPublisher, 'article', 'articles')} of unknown publisher`,
  ].filter(Boolean);
  return (
    <>
      <dt>Sources</dt>
      <dd>
        {plural(count.articles, 'article', 'articles')}: {parts.join(' and ')}
        {count.independent <= 1 && <span className="single-source"> — single source</span>}
      </dd>
    </>
  );
}
