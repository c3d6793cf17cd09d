import { readFileSync } from 'node:fs';
import type { Dataset } from '../domain/dataset/datasetSchema.ts';

/** The bundled seed dataset, read from data/, for tests. */
export function seedDataset(): Dataset {
  return JSON.parse(
    readFileSync(new URL('../../data/lavrov-choe.json', import.meta.url), 'utf8'),
  ) as Dataset;
}
