import { useQueryClient, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
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
import type { OpenedFile } from './openedFiles.ts';

/** Where the dataset being explored comes from: an opened file, else the view's `data`. */
export function useDatasetSource(): DatasetSource {
  const file = useViewStore((s) => s.openedFile);
  const data = useViewStore((s) => s.view.data);
  return datasetSourceOf(file, data);
}

function datasetSourceOf(file: OpenedFile | null, data: string | null): DatasetSource {
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
  return queryOptionsIn(useQueryClient(), source);
}

const queryOptionsIn = (client: QueryClient, source: DatasetSource) =>
  datasetQueryOptions(source, () => client.query(manifestQueryOptions()));

/**
 * Starts loading the dataset the view (read from the URL) asks for, before React
 * renders: the manifest and the dataset are fetched and checked while the page's
 * components mount, instead of after (a profile of the seed's load put the first
 * request 450 ms after the script arrived). The loading gate then finds the query
 * under way, or done; a failure surfaces there, as before.
 */
export function startLoadingViewDataset(client: QueryClient): Promise<LoadedDataset | undefined> {
  const { openedFile, view } = useViewStore.getState();
  // A failure is the loading gate's to show, when it asks for the same query.
  return client
    .query(queryOptionsIn(client, datasetSourceOf(openedFile, view.data)))
    .catch(() => undefined);
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
