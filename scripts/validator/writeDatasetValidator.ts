import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { datasetValidatorCode, manifestValidatorCode } from './datasetValidatorCode.ts';

/** Where the generated validators live; git ignores them, `npm ci` (prepare) and Vite write them. */
export const DATASET_VALIDATOR_FILE = new URL(
  '../../src/domain/dataset/generated/validateDatasetShape.ts',
  import.meta.url,
);
export const MANIFEST_VALIDATOR_FILE = new URL(
  '../../src/domain/dataset/generated/validateManifestShape.ts',
  import.meta.url,
);

function writeWhenChanged(file: URL, code: string): boolean {
  let current: string | null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = null;
  }
  if (current === code) return false;
  mkdirSync(new URL('.', file), { recursive: true });
  writeFileSync(file, code);
  return true;
}

/** Writes the dataset's and the manifest's validators when their code changed; the files written. */
export function writeDatasetValidator(): URL[] {
  return [
    [DATASET_VALIDATOR_FILE, datasetValidatorCode()] as const,
    [MANIFEST_VALIDATOR_FILE, manifestValidatorCode()] as const,
  ]
    .filter(([file, code]) => writeWhenChanged(file, code))
    .map(([file]) => file);
}
