import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../domain/dataset/datasetSchema.ts';

/** The bundled seed dataset's file, read from data/, for tests. */
export function seedDatasetText(): string {
  // A path, not a URL: under happy-dom, URL is the DOM's, which resolves file: URLs oddly.
  return readFileSync(join(import.meta.dirname, '../../data/lavrov-choe.json'), 'utf8');
}

/** The bundled seed dataset, read from data/, for tests. */
export function seedDataset(): Dataset {
  return JSON.parse(seedDatasetText()) as Dataset;
}
