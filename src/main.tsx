import { queryClient } from './app/queryClient.ts';
import { registerServiceWorker } from './app/registerServiceWorker.ts';
import { startLoadingViewDataset } from './dataset/useDatasetIndex.ts';
import { loadUiStrings } from './i18n/resources.ts';
import { currentNameLanguage } from './store/useNameLanguage.ts';
import { startTheme } from './store/useTheme.ts';
import { startUrlSync } from './store/urlSync.ts';
import './app/styles.css';

// The start is in two halves. This entry is small: it reads the view from the URL
// (so a shared link shows its view from the first frame) and starts the dataset's
// download and check, and the UI strings' chunk, at once. The explorer itself —
// React DOM, Cytoscape, the panels — is a chunk of its own, compiled meanwhile. The
// service worker, which keeps all this for use offline, waits for the first graph.
startUrlSync();
const loadingDataset = startLoadingViewDataset(queryClient);
startTheme();
registerServiceWorker();

// The first render waits for the UI language's strings as well as the explorer's
// code, so no frame shows a key instead of its text.
const language = currentNameLanguage();
const root = document.getElementById('root')!;
Promise.all([loadUiStrings(language), import('./app/showApp.tsx')]).then(
  ([strings, { showApp }]) => showApp(root, language, strings, loadingDataset),
  // Without its text or its code the app cannot speak at all: say so in both languages.
  () => {
    root.textContent =
      'Diplograph could not load all of its files: reload the page. · Diplograph dosyalarının hepsini yükleyemedi: sayfayı yeniden yükleyin.';
  },
);
