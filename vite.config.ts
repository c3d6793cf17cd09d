import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { preloadAtStartPlugin } from './scripts/build/preloadAtStart.ts';
import { securityHeaders } from './scripts/security/contentSecurityPolicy.ts';
import { securityHeadersPlugin } from './scripts/security/securityHeadersPlugin.ts';
import { datasetValidatorPlugin } from './scripts/validator/datasetValidatorPlugin.ts';
import { parseDataOrigins } from './src/dataset/parseDataOrigins.ts';

// Datasets are static files fetched at run time, never bundled: `data/` is served as
// the public folder, so `data/lavrov-choe.json` is at `/lavrov-choe.json`.
export default defineConfig(({ mode }) => {
  // The app reads the same variable (src/dataset/datasetSource.ts): what it may fetch
  // with ?data= is what the policy's connect-src allows.
  const dataOrigins = parseDataOrigins(loadEnv(mode, process.cwd(), 'VITE_').VITE_DATA_ORIGINS);
  const headers = securityHeaders(dataOrigins);
  return {
    plugins: [
      datasetValidatorPlugin(),
      react(),
      securityHeadersPlugin(dataOrigins),
      // main.tsx is small and imports the explorer lazily; the HTML asks for the
      // explorer's chunk and the dataset check at once, beside it.
      preloadAtStartPlugin(['src/app/showApp.tsx', 'src/dataset/checkDatasetTextFast.ts']),
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
    // The dev server skips the policy: React refresh and HMR need an inline script
    // and a websocket. The preview server sends what a production host should.
    server: {
      headers: {
        'X-Content-Type-Options': headers['X-Content-Type-Options']!,
        'Referrer-Policy': headers['Referrer-Policy']!,
      },
    },
    preview: { headers },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      environment: 'node',
      reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    },
  };
});
