import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { securityHeaders } from './scripts/security/contentSecurityPolicy.ts';
import { securityHeadersPlugin } from './scripts/security/securityHeadersPlugin.ts';
import { parseDataOrigins } from './src/dataset/parseDataOrigins.ts';

// Datasets are static files fetched at run time, never bundled: `data/` is served as
// the public folder, so `data/lavrov-choe.json` is at `/lavrov-choe.json`.
export default defineConfig(({ mode }) => {
  // The app reads the same variable (src/dataset/datasetSource.ts): what it may fetch
  // with ?data= is what the policy's connect-src allows.
  const dataOrigins = parseDataOrigins(loadEnv(mode, process.cwd(), 'VITE_').VITE_DATA_ORIGINS);
  const headers = securityHeaders(dataOrigins);
  return {
    plugins: [react(), securityHeadersPlugin(dataOrigins)],
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
