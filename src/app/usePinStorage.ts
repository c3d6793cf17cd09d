import { useEffect } from 'react';
import type { LoadedDataset } from '../dataset/datasetQueryOptions.ts';
import { keepPins } from '../store/pinStorage.ts';
import { useViewStore } from '../store/useViewStore.ts';

/** Keeps the analyst's pins of the loaded dataset in this browser (per dataset id and version). */
export function usePinStorage(loaded: LoadedDataset | undefined): void {
  useEffect(() => {
    if (loaded === undefined) return;
    // The view belongs to this dataset while it names its version, or while this
    // dataset is the file opened in the tab.
    const isCurrent = () => {
      const { view, openedFile } = useViewStore.getState();
      return loaded.source.type === 'file'
        ? openedFile?.version === loaded.version
        : view.dataVersion === loaded.version;
    };
    return keepPins(loaded.index.dataset.id, loaded.version, isCurrent);
  }, [loaded]);
}
