import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Datasets are static files fetched at run time, never bundled: `data/` is served as
// the public folder, so `data/lavrov-choe.json` is at `/lavrov-choe.json`.
export default defineConfig({
  plugins: [react()],
  publicDir: 'data',
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
