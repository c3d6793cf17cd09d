import { useQuery } from '@tanstack/react-query';
import { useDatasetQueryOptions, useDatasetSource } from '../dataset/useDatasetIndex.ts';
import { DatasetProblems } from './DatasetProblems.tsx';
import { ExplorerLayout } from './ExplorerLayout.tsx';
import { useViewForDataset } from './useViewForDataset.ts';

/** Loads the dataset, then shows the explorer; a loading state first, problems listed on failure. */
export function Explorer() {
  const query = useQuery(useDatasetQueryOptions(useDatasetSource()));
  useViewForDataset(query.data);
  if (query.isPending) {
    return (
      <main className="loading" aria-busy="true">
        <p role="status">Loading the dataset…</p>
      </main>
    );
  }
  if (query.isError)
    return <DatasetProblems error={query.error} onRetry={() => void query.refetch()} />;
  return <ExplorerLayout />;
}
