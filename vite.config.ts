import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// Datasets are static files fetched at run time, never bundled: `data/` is served as
// the public folder, so `data/lavrov-choe.json` is at `/lavrov-choe.json`.
export default defineConfig({
  plugins: [
    react(),
    // The service worker (src/service-worker/sw.ts) is built for production only and
    // registered from the bundle (src/app/registerServiceWorker.ts): no inline
    // script, a same-origin /sw.js, nothing in dev mode.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/service-worker',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      injectManifest: {
        // The app shell, and the bundled datasets and article texts (the worker
        // caches those network first, not by revision).
        globPatterns: ['**/*.{js,css,html,json,txt}'],
        globIgnores: ['dataset.schema.json', 'sw.js'],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      },
    }),
  ],
  publicDir: 'data',
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
