import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { queryClient } from './app/queryClient.ts';
import { startLoadingViewDataset } from './dataset/useDatasetIndex.ts';
import { startI18n } from './i18n/i18n.ts';
import { loadUiStrings } from './i18n/resources.ts';
import { currentNameLanguage } from './store/useNameLanguage.ts';
import { startTheme } from './store/useTheme.ts';
import { registerServiceWorker } from './app/registerServiceWorker.ts';
import { startUrlSync } from './store/urlSync.ts';
import { useViewStore } from './store/useViewStore.ts';
import { forceLayoutSource } from './graph-view/layoutGraph.ts';
import { warmUpGraphView } from './graph-view/warmUpGraphView.ts';
import './app/styles.css';

// The view is read from the URL before the first render, so a shared link shows its
// view from the first frame.
startUrlSync();
const loadingDataset = startLoadingViewDataset(queryClient);
startTheme();
registerServiceWorker();

// The UI language's strings are a chunk of their own, fetched while the dataset loads;
// the first render waits for them, so no frame shows a key instead of its text.
const language = currentNameLanguage();
const root = document.getElementById('root')!;
loadUiStrings(language).then(
  (strings) => {
    startI18n(language, strings);
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  },
  // Without its text the app cannot speak at all: say so in both languages.
  () => {
    root.textContent =
      'Diplograph could not load its text: reload the page. · Diplograph metinlerini yükleyemedi: sayfayı yeniden yükleyin.';
  },
);

// Once the dataset is read, while React renders the explorer: the force layout's
// code, when this dataset is laid out in the page (small, without stored
// positions; every bundled dataset has them, bundledDatasets.test.ts).
void loadingDataset.then((loaded) => {
  const { mode, layout } = useViewStore.getState().view;
  if (loaded === undefined || mode !== 'explore' || layout !== 'force') return;
  warmUpGraphView({ forceLayout: forceLayoutSource(loaded.index.dataset) === 'page' });
});
