import { useSuspenseQuery } from '@tanstack/react-query';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { DEFAULT_DATASET_ID, datasetQueryOptions } from './datasetQueryOptions.ts';

/**
 * The indexed dataset being explored. Components below the app's loading gate call
 * this; the query is already in the cache there, so it never suspends.
 */
export function useDatasetIndex(): DatasetIndex {
  return useSuspenseQuery(datasetQueryOptions(DEFAULT_DATASET_ID)).data;
}
