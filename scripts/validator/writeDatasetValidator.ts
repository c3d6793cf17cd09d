import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { datasetValidatorCode } from './datasetValidatorCode.ts';

/** Where the generated validator lives; git ignores it, `npm ci` (prepare) and Vite write it. */
export const DATASET_VALIDATOR_FILE = new URL(
  '../../src/domain/dataset/generated/validateDatasetShape.ts',
  import.meta.url,
);

/** Writes the validator when its code changed; says whether it did. */
export function writeDatasetValidator(): boolean {
  const code = datasetValidatorCode();
  let current: string | null;
  try {
    current = readFileSync(DATASET_VALIDATOR_FILE, 'utf8');
  } catch {
    current = null;
  }
  if (current === code) return false;
  mkdirSync(new URL('.', DATASET_VALIDATOR_FILE), { recursive: true });
  writeFileSync(DATASET_VALIDATOR_FILE, code);
  return true;
}
