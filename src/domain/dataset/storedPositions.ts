import type { Dataset, Positions } from './datasetSchema.ts';

/**
 * The dataset's stored force-layout positions when they cover every entity, else
 * null (partial positions are not used: data:check warns about them).
 * @example storedPositions(dataset)?.['state-1'] // [120.5, -33]
 */
export function storedPositions(dataset: Dataset): Positions | null {
  const { positions } = dataset;
  if (positions === undefined) return null;
  return dataset.entities.every((e) => Object.hasOwn(positions, e.id)) ? positions : null;
}
