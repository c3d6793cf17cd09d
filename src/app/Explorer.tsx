import { useQuery } from '@tanstack/react-query';
import { useDatasetQueryOptions, useDatasetSource } from '../dataset/useDatasetIndex.ts';
import { useLoadStage } from '../dataset/loadProgress.ts';
import { DatasetProblems } from './DatasetProblems.tsx';
import { ExplorerLayout } from './ExplorerLayout.tsx';
import { useViewForDataset } from './useViewForDataset.ts';

function Loading() {
  const stage = useLoadStage();
  const label =
    stage?.step === 'checking'
      ? `Checking the dataset (${(stage.characters / 2 ** 20).toFixed(1)} MB of text)…`
      : stage?.step === 'retrying'
        ? `Retrying in ${stage.delayMs / 1000} s (attempt ${stage.attempt} of ${stage.attempts})…`
        : 'Loading the dataset…';
  return (
    <main className="loading" aria-busy="true">
      <p role="status">{label}</p>
      {stage?.step === 'retrying' && <p>{stage.reason}</p>}
      <progress aria-label={label} />
    </main>
  );
}

/** Loads the dataset, then shows the explorer; a loading state first, problems listed on failure. */
export function Explorer() {
  const query = useQuery(useDatasetQueryOptions(useDatasetSource()));
  useViewForDataset(query.data);
  if (query.isPending) return <Loading />;
  if (query.isError)
    return <DatasetProblems error={query.error} onRetry={() => void query.refetch()} />;
  return <ExplorerLayout />;
}
