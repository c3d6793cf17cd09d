import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { LoadedDataset } from '../dataset/datasetQueryOptions.ts';
import { forceLayoutSource } from '../graph-view/layoutGraph.ts';
import { warmUpGraphView } from '../graph-view/warmUpGraphView.ts';
import { startI18n } from '../i18n/i18n.ts';
import type { UiStrings } from '../i18n/resources.ts';
import type { NameLanguage } from '../domain/view/viewState.ts';
import { useViewStore } from '../store/useViewStore.ts';
import { App } from './App.tsx';

/**
 * Renders the explorer into `root`: the second half of the start, in a chunk of its
 * own (React DOM, Cytoscape, the panels). main.tsx has already started the dataset's
 * load, so the download and check run while this chunk is compiled.
 */
export function showApp(
  root: HTMLElement,
  language: NameLanguage,
  strings: UiStrings,
  loadingDataset: Promise<LoadedDataset | undefined>,
): void {
  startI18n(language, strings);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Once the dataset is read, while React renders the explorer: the force layout's
  // code, when this dataset is laid out in the page (small, without stored
  // positions; every bundled dataset has them, bundledDatasets.test.ts).
  void loadingDataset.then((loaded) => {
    const { mode, layout } = useViewStore.getState().view;
    if (loaded === undefined || mode !== 'explore' || layout !== 'force') return;
    warmUpGraphView({ forceLayout: forceLayoutSource(loaded.index.dataset) === 'page' });
  });
}
