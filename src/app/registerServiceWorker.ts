import { useViewStore } from '../store/useViewStore.ts';
import { whenFirstGraphDrawn } from './whenFirstGraphDrawn.ts';

/**
 * How long after the start a page registers if it has drawn no graph by then (a failed
 * load, the table, a 20 MB dataset on a slow machine).
 */
const REGISTER_AT_LATEST_MS = 10_000;

/**
 * Registers the service worker that keeps the app and its bundled datasets for use
 * without a network (production builds only: in dev every change must show), once
 * the first graph is drawn; its code (workbox-window) loads then too. Registered at
 * the start, its precache (40 files, 3.7 MB) downloaded beside the dataset and the
 * explorer's code on a first visit, and the seed's first frame came ~70 ms later
 * (README, Performance).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Without its code (a failed chunk) the app works, only not offline.
  whenFirstGraphDrawn(() => void registerNow().catch(() => undefined), REGISTER_AT_LATEST_MS);
}

/**
 * Registers the service worker. When a new version has been fetched, a notice offers
 * to reload into it; the view is in the link, so it comes back.
 */
async function registerNow(): Promise<void> {
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      useViewStore.getState().addNotice({
        id: 'new-version',
        text: { key: 'notices.newVersion' },
        action: { label: { key: 'notices.reload' }, run: () => void update(true) },
      });
    },
  });
}
