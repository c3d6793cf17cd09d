import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The benchmark's baseline pages, built apart from the app into dist-bench/ and
// served beside it under /bench/ by `npm run bench`.
const page = (name: string) => fileURLToPath(new URL(`./pages/${name}.html`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./pages/', import.meta.url)),
  base: '/bench/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist-bench/', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: { input: { naive: page('naive-cytoscape'), sigma: page('sigma') } },
  },
  logLevel: 'warn',
});
