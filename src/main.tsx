import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { queryClient } from './app/queryClient.ts';
import { startLoadingViewDataset, viewDatasetSource } from './dataset/useDatasetIndex.ts';
import { startI18n } from './i18n/i18n.ts';
import { loadUiStrings } from './i18n/resources.ts';
import { currentNameLanguage } from './store/useNameLanguage.ts';
import { startTheme } from './store/useTheme.ts';
import { registerServiceWorker } from './app/registerServiceWorker.ts';
import { startUrlSync } from './store/urlSync.ts';
import { useViewStore } from './store/useViewStore.ts';
import { warmUpGraphView } from './graph-view/warmUpGraphView.ts';
import './app/styles.css';

// The view is read from the URL before the first render, so a shared link shows its
// view from the first frame.
startUrlSync();
startLoadingViewDataset(queryClient);
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

// After the loading screen's first render is scheduled, while the dataset loads.
// Bundled datasets carry their positions (bundledDatasets.test.ts): only another
// dataset may need the force layout's code.
const { mode, layout } = useViewStore.getState().view;
if (mode === 'explore')
  setTimeout(() =>
    warmUpGraphView({ forceLayout: layout === 'force' && viewDatasetSource().type !== 'bundled' }),
  );
