import { registerSW } from 'virtual:pwa-register';
import { useViewStore } from '../store/useViewStore.ts';

/**
 * Registers the service worker that keeps the app and its bundled datasets for use
 * without a network (production builds only: in dev every change must show). When a
 * new version has been fetched, a notice offers to reload into it; the view is in
 * the link, so it comes back.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
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
