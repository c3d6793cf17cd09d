import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { manifestSchema, type Manifest } from '../src/domain/dataset/manifestSchema.ts';

const dataDir = new URL('../data/', import.meta.url);

/** The manifest of bundled datasets, data/datasets.json, validated. */
export function readManifest(): Manifest {
  return manifestSchema.parse(JSON.parse(readFileSync(new URL('datasets.json', dataDir), 'utf8')));
}

/** Paths of the dataset files the manifest lists. */
export function bundledDatasetFiles(): string[] {
  return readManifest().datasets.map((entry) => fileURLToPath(new URL(entry.file, dataDir)));
}
