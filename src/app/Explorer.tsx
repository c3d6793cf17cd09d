import { useQuery } from '@tanstack/react-query';
import { DEFAULT_DATASET_ID, datasetQueryOptions } from '../dataset/datasetQueryOptions.ts';
import { DatasetProblems } from './DatasetProblems.tsx';
import { ExplorerLayout } from './ExplorerLayout.tsx';

/** Loads the dataset, then shows the explorer; a loading state first, problems listed on failure. */
export function Explorer() {
  const query = useQuery(datasetQueryOptions(DEFAULT_DATASET_ID));
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
