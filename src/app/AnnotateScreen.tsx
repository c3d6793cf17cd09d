import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import { useOpenDataset } from '../features/datasets/useOpenDataset.ts';

// Annotate loads on demand: its code, Dexie and zundo stay out of the first graph's bundle.
const AnnotateMode = lazy(() => import('../features/annotate/AnnotateMode.tsx'));

/** Annotate, given the dataset being viewed (a draft may copy it) and a way back to the explorer. */
export function AnnotateScreen() {
  const { t } = useTranslation();
  const { dataset } = useDatasetIndex();
  const { openFile } = useOpenDataset();
  return (
    <Suspense fallback={<p role="status">{t('annotate.loading')}</p>}>
      <AnnotateMode viewed={dataset} onExplore={(file, draft) => void openFile(file, draft)} />
    </Suspense>
  );
}
