import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { useViewStore } from '../store/useViewStore.ts';
import {
  DEFAULT_DATASET_ID,
  datasetQueryOptions,
  manifestQueryOptions,
  type LoadedDataset,
} from './datasetQueryOptions.ts';
import { allowedDataOrigins } from './allowedDataOrigins.ts';
import { sourceOfDataParam, type DatasetSource } from './datasetSource.ts';

/** Where the dataset being explored comes from: an opened file, else the view's `data`. */
export function useDatasetSource(): DatasetSource {
  const file = useViewStore((s) => s.openedFile);
  const data = useViewStore((s) => s.view.data);
  if (file !== null) return { type: 'file', ...file };
  const read = sourceOfDataParam(
    data ?? DEFAULT_DATASET_ID,
    window.location.origin,
    allowedDataOrigins(),
  );
  return 'source' in read ? read.source : { type: 'bundled', id: DEFAULT_DATASET_ID };
}

/** Query options for a source, with the manifest loaded through the same cache. */
export function useDatasetQueryOptions(source: DatasetSource) {
  const client = useQueryClient();
  return datasetQueryOptions(source, () => client.query(manifestQueryOptions()));
}

/**
 * The dataset being explored. Components below the app's loading gate call this;
 * the query is already in the cache there, so it never suspends.
 */
export function useLoadedDataset(): LoadedDataset {
  return useSuspenseQuery(useDatasetQueryOptions(useDatasetSource())).data;
}

/** The indexed dataset being explored. */
export function useDatasetIndex(): DatasetIndex {
  return useLoadedDataset().index;
}
