import { contentHash } from './contentHash.ts';
import type { Dataset } from './datasetSchema.ts';
import type { DatasetProblem } from './validateDataset.ts';

/**
 * What is allowed but probably unintended in a valid dataset: entities no relation
 * touches, articles no excerpt cites, positions that leave entities out.
 * @example datasetWarnings(dataset) // [{ path: ['articles', 1], message: 'no excerpt cites article "x"' }]
 */
export function datasetWarnings(dataset: Dataset): DatasetProblem[] {
  const warnings: DatasetProblem[] = [];
  const related = new Set(dataset.relations.flatMap((r) => [r.source, r.target]));
  dataset.entities.forEach((entity, i) => {
    if (!related.has(entity.id)) {
      warnings.push({ path: ['entities', i], message: `"${entity.id}" takes part in no relation` });
    }
  });
  const cited = new Set(
    [...dataset.entities, ...dataset.relations].flatMap((item) => [
      ...item.evidence.map((e) => e.article),
      ...(item.citations ?? []).map((c) => c.article),
    ]),
  );
  dataset.articles.forEach((article, i) => {
    if (!cited.has(article.id))
      warnings.push({
        path: ['articles', i],
        message: `no excerpt cites article "${article.id}"`,
      });
  });
  dataset.articles.forEach((article, i) => {
    if (
      article.textHash !== undefined &&
      article.textHash !== contentHash(article.paragraphs.join('\n'))
    )
      warnings.push({
        path: ['articles', i, 'textHash'],
        message: `the text of article "${article.id}" changed since its excerpts were anchored`,
      });
  });
  if (dataset.positions !== undefined) {
    const { positions } = dataset;
    // Own keys only: an entity named "constructor" has no position through Object.prototype.
    const missing = dataset.entities.filter((e) => !Object.hasOwn(positions, e.id)).length;
    if (missing > 0)
      warnings.push({
        path: ['positions'],
        message: `${missing} entities have no position, so the positions are not used (run npm run data:layout again)`,
      });
  }
  return warnings;
}
