import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../domain/dataset/datasetSchema.ts';

/** A dataset bundled in data/, by its id, for tests (a path, not a URL, so it works under happy-dom too). */
export function bundledDataset(id: 'lavrov-choe' | 'fictional-veld'): Dataset {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, `../../data/${id}.json`), 'utf8'),
  ) as Dataset;
}
