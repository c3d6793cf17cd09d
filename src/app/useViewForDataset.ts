import { useEffect } from 'react';
import type { LoadedDataset } from '../dataset/datasetQueryOptions.ts';
import { reconcileView } from '../domain/view/reconcileView.ts';
import { noticeIgnored } from '../store/urlSync.ts';
import { useViewStore } from '../store/useViewStore.ts';

/**
 * Once a dataset is loaded, fits the view to it: ids it lacks are dropped with a
 * notice, the view names the dataset and its version (so a copied link does), and a
 * link made on another version of the dataset says so.
 */
export function useViewForDataset(loaded: LoadedDataset | undefined): void {
  useEffect(() => {
    if (loaded === undefined) return;
    const { view, setView, addNotice } = useViewStore.getState();
    const { view: reconciled, ignored } = reconcileView(view, loaded.index);
    noticeIgnored(ignored);
    if (view.dataVersion !== null && view.dataVersion !== loaded.version) {
      addNotice({
        id: 'dataset-changed',
        text: `This link was made on another version of the dataset (${view.dataVersion}); you see the current one (${loaded.version}). Some of what the sender saw may have changed.`,
      });
    }
    setView({ ...reconciled, data: loaded.id, dataVersion: loaded.version }, 'replace');
  }, [loaded]);
}
