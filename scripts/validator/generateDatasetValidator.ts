// Compiles the dataset's and the manifest's structural validators ahead of time (see
// datasetValidatorCode.ts). Run by `npm ci`/`npm install` (prepare) and before
// typecheck; Vite runs it too.
import {
  DATASET_VALIDATOR_FILE,
  MANIFEST_VALIDATOR_FILE,
  writeDatasetValidator,
} from './writeDatasetValidator.ts';

const written = writeDatasetValidator();
for (const file of [DATASET_VALIDATOR_FILE, MANIFEST_VALIDATOR_FILE])
  console.log(`${written.includes(file) ? 'wrote' : 'up to date:'} ${file.pathname}`);
