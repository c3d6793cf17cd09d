import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import { useOpenDataset } from '../features/datasets/useOpenDataset.ts';
import { loadOnDemandStrings } from '../i18n/i18n.ts';

// Annotate loads on demand: its code, Dexie and zundo stay out of the first graph's bundle.
const AnnotateMode = lazy(() =>
  Promise.all([import('../features/annotate/AnnotateMode.tsx'), loadOnDemandStrings()]).then(
    ([module]) => module,
  ),
);

/** Annotate, given the dataset being viewed (a draft may copy it) and a way back to the explorer. */
export function AnnotateScreen() {
  const { t } = useTranslation();
  const { dataset } = useDatasetIndex();
  const { openFile } = useOpenDataset();
  return (
    <Suspense fallback={<p role="status">{t('app.annotateLoading')}</p>}>
      <AnnotateMode viewed={dataset} onExplore={(file, draft) => void openFile(file, draft)} />
    </Suspense>
  );
}
