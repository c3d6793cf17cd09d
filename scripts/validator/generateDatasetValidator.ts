// Compiles the dataset's structural validator ahead of time (see datasetValidatorCode.ts).
// Run by `npm ci`/`npm install` (prepare) and before typecheck; Vite runs it too.
import { DATASET_VALIDATOR_FILE, writeDatasetValidator } from './writeDatasetValidator.ts';

const written = writeDatasetValidator();
console.log(`${written ? 'wrote' : 'up to date:'} ${DATASET_VALIDATOR_FILE.pathname}`);
