import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { queryClient } from './app/queryClient.ts';
import { startLoadingViewDataset, viewDatasetSource } from './dataset/useDatasetIndex.ts';
import { startI18n } from './i18n/i18n.ts';
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
startI18n(currentNameLanguage());
startTheme();
registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// After the loading screen's first render is scheduled, while the dataset loads.
// Bundled datasets carry their positions (bundledDatasets.test.ts): only another
// dataset may need the force layout's code.
const { mode, layout } = useViewStore.getState().view;
if (mode === 'explore')
  setTimeout(() =>
    warmUpGraphView({ forceLayout: layout === 'force' && viewDatasetSource().type !== 'bundled' }),
  );
