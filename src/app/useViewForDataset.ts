import { useEffect } from 'react';
import type { LoadedDataset } from '../dataset/datasetQueryOptions.ts';
import { formatPath } from '../domain/dataset/datasetProblem.ts';
import { isPlainView } from '../domain/view/isPlainView.ts';
import { reconcileView } from '../domain/view/reconcileView.ts';
import { storedPins } from '../store/pinStorage.ts';
import { noticeIgnored } from '../store/urlSync.ts';
import { useViewStore } from '../store/useViewStore.ts';

/**
 * Once a dataset is loaded, fits the view to it: ids it lacks are dropped with a
 * notice, the view names the dataset and its version (so a copied link does), and a
 * link made on another version of the dataset says so. A plain address (see
 * isPlainView) brings back the pins kept in this browser.
 */
export function useViewForDataset(loaded: LoadedDataset | undefined): void {
  useEffect(() => {
    if (loaded === undefined) return;
    const { view, setView, addNotice } = useViewStore.getState();
    const { view: fitted, ignored } = reconcileView(view, loaded.index);
    noticeIgnored(ignored);
    // The analyst's own pins of this dataset return only where the address just opens
    // it; a link that carries a view is shown as it was sent, pins or none.
    const reconciled = isPlainView(view)
      ? { ...fitted, pins: storedPins(loaded.index, loaded.version) }
      : fitted;
    if (loaded.warnings.length > 0 && loaded.source.type !== 'bundled') {
      addNotice({
        id: 'dataset-warnings',
        text: { key: 'datasets.warnings', values: { count: loaded.warnings.length } },
        details: loaded.warnings.map((w) => `${formatPath(w.path)}: ${w.message}`),
      });
    }
    if (loaded.source.type === 'file') {
      setView({ ...reconciled, data: null, dataVersion: null }, 'replace');
      return;
    }
    if (view.dataVersion !== null && view.dataVersion !== loaded.version) {
      addNotice({
        id: 'dataset-changed',
        text: {
          key: 'datasets.changed',
          values: { linked: view.dataVersion, current: loaded.version },
        },
      });
    }
    const data = loaded.source.type === 'bundled' ? loaded.source.id : loaded.source.url;
    setView({ ...reconciled, data, dataVersion: loaded.version }, 'replace');
  }, [loaded]);
}
