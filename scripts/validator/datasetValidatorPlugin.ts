import { execFile } from 'node:child_process';
import type { Plugin } from 'vite';

const SCHEMA_FILES = [
  '/src/domain/dataset/datasetSchema.ts',
  '/src/domain/dataset/manifestSchema.ts',
  '/src/domain/dataset/datasetFormats.ts',
];

/**
 * Regenerates the ahead-of-time dataset and manifest validators when Vite starts (dev, build, Vitest)
 * and when the dataset schema changes in dev, so a field added to datasetSchema.ts is
 * checked by the fast path without a manual step.
 */
export function datasetValidatorPlugin(): Plugin {
  return {
    name: 'diplograph-dataset-validator',
    async buildStart() {
      const { writeDatasetValidator } = await import('./writeDatasetValidator.ts');
      writeDatasetValidator();
    },
    handleHotUpdate({ file, server }) {
      if (!SCHEMA_FILES.some((name) => file.endsWith(name))) return;
      // A fresh process: this one has the old schema module loaded.
      execFile(
        process.execPath,
        ['--import', 'tsx', 'scripts/validator/generateDatasetValidator.ts'],
        { cwd: server.config.root },
        (error, _stdout, stderr) => {
          if (error) server.config.logger.error(stderr || error.message);
        },
      );
    },
  };
}
