import { useSuspenseQuery } from '@tanstack/react-query';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { useViewStore } from '../store/useViewStore.ts';
import {
  DEFAULT_DATASET_ID,
  datasetQueryOptions,
  type LoadedDataset,
} from './datasetQueryOptions.ts';

/** The id of the dataset the view asks for. */
export function useDatasetId(): string {
  return useViewStore((s) => s.view.data) ?? DEFAULT_DATASET_ID;
}

/**
 * The dataset being explored. Components below the app's loading gate call this;
 * the query is already in the cache there, so it never suspends.
 */
export function useLoadedDataset(): LoadedDataset {
  return useSuspenseQuery(datasetQueryOptions(useDatasetId())).data;
}

/** The indexed dataset being explored. */
export function useDatasetIndex(): DatasetIndex {
  return useLoadedDataset().index;
}
