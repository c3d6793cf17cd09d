// The service worker (built by vite-plugin-pwa's injectManifest): after a first
// visit the app and its bundled datasets open without a network. The app shell is
// precached by content revision and served from the cache; a new deploy's worker
// waits until the analyst reloads from the "new version" notice. Data files go to
// the network first, so a new deploy's data shows at once when online, and the
// cached copy answers when the network fails, errs (5xx) or is slow.
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { warmStrategyCache } from 'workbox-recipes';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { isAppNavigation } from './isAppNavigation.ts';
import { isDataRequest } from './isDataRequest.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | PrecacheEntry)[];
};

const DATA_CACHE = 'diplograph-data';
// Past this, a cached copy answers and the network's answer only refreshes the cache.
const DATA_NETWORK_TIMEOUT_S = 6;

const entries = self.__WB_MANIFEST.map((entry) =>
  typeof entry === 'string' ? { url: entry, revision: null } : entry,
);
const isData = (entry: PrecacheEntry) =>
  isDataRequest(new URL(entry.url, self.location.href), self.location.origin);

precacheAndRoute(entries.filter((entry) => !isData(entry)));
cleanupOutdatedCaches();
// Every navigation to the app (`/?data=…&sel=…`) gets its page; the view is in the URL.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && isAppNavigation(url),
  createHandlerBoundToURL('index.html'),
);

const data = new NetworkFirst({
  cacheName: DATA_CACHE,
  networkTimeoutSeconds: DATA_NETWORK_TIMEOUT_S,
  plugins: [
    {
      // A server error is answered from the cache when there is a copy.
      fetchDidSucceed: async ({ response }) => {
        if (response.status >= 500) throw new Error(`the server answered ${response.status}`);
        return Promise.resolve(response);
      },
    },
  ],
});
registerRoute(({ url }) => isDataRequest(url, self.location.origin), data);
// The bundled datasets are fetched at install, so all of them open offline, not
// only those the analyst happened to open.
warmStrategyCache({
  urls: entries.filter(isData).map((entry) => new URL(entry.url, self.location.href).href),
  strategy: data,
});

// The first visit is controlled at once; a later version takes over only when the
// page asks (the analyst chose to reload), so a page never mixes two versions.
clientsClaim();
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
