import { useQuery } from '@tanstack/react-query';
import { useDatasetQueryOptions, useDatasetSource } from '../dataset/useDatasetIndex.ts';
import { useLoadStage } from '../dataset/loadProgress.ts';
import { DatasetProblems } from './DatasetProblems.tsx';
import { ExplorerLayout } from './ExplorerLayout.tsx';
import { usePinStorage } from './usePinStorage.ts';
import { useUiLanguage } from './useUiLanguage.ts';
import { useViewForDataset } from './useViewForDataset.ts';

function Loading() {
  const stage = useLoadStage();
  const label =
    stage?.step === 'checking'
      ? `Checking the dataset (${(stage.characters / 2 ** 20).toFixed(1)} MB of text)…`
      : 'Loading the dataset…';
  return (
    <main className="loading" aria-busy="true">
      <p role="status">{label}</p>
      <progress aria-label={label} />
    </main>
  );
}

/** Loads the dataset, then shows the explorer; a loading state first, problems listed on failure. */
export function Explorer() {
  useUiLanguage();
  const query = useQuery(useDatasetQueryOptions(useDatasetSource()));
  useViewForDataset(query.data);
  usePinStorage(query.data);
  if (query.isPending) return <Loading />;
  if (query.isError)
    return <DatasetProblems error={query.error} onRetry={() => void query.refetch()} />;
  return <ExplorerLayout />;
}
