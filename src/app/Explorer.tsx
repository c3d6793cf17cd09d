import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDatasetQueryOptions, useDatasetSource } from '../dataset/useDatasetIndex.ts';
import { useLoadStage } from '../dataset/loadProgress.ts';
import { useViewStore } from '../store/useViewStore.ts';
import { AnnotateScreen } from './AnnotateScreen.tsx';
import { DatasetProblems } from './DatasetProblems.tsx';
import { ExplorerLayout } from './ExplorerLayout.tsx';
import { useKeepShownDataset } from './useKeepShownDataset.ts';
import { usePinStorage } from './usePinStorage.ts';
import { useUiLanguage } from './useUiLanguage.ts';
import { useViewForDataset } from './useViewForDataset.ts';

function Loading() {
  const { t } = useTranslation();
  const stage = useLoadStage();
  const label =
    stage?.step === 'checking'
      ? t('app.checking', { size: stage.characters / 2 ** 20 })
      : stage?.step === 'retrying'
        ? t('app.retrying', {
            seconds: stage.delayMs / 1000,
            attempt: stage.attempt,
            attempts: stage.attempts,
          })
        : t('app.loading');
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
  useUiLanguage();
  const query = useQuery(useDatasetQueryOptions(useDatasetSource()));
  useViewForDataset(query.data);
  usePinStorage(query.data);
  const isAnnotating = useViewStore((s) => s.view.mode === 'annotate');
  // An error being fetched again (Retry, or Back to a link that failed) shows as loading.
  const isRetrying = query.isError && query.isFetching;
  const isTurningBack = useKeepShownDataset(query.data, isRetrying ? null : query.error);
  if (query.isPending || isRetrying || isTurningBack) return <Loading />;
  if (query.isError)
    return <DatasetProblems error={query.error} onRetry={() => void query.refetch()} />;
  return isAnnotating ? <AnnotateScreen /> : <ExplorerLayout />;
}
