import { contentHash } from '../domain/dataset/contentHash.ts';
import { indexDataset, type DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { TIMING_MARKS } from '../domain/timing/timingMarks.ts';
import type { DatasetProblem } from '../domain/dataset/validateDataset.ts';
import type { DatasetSource } from './datasetSource.ts';
import { checkDatasetText, type DatasetCheck } from './checkDatasetText.ts';
import { setLoadStage } from './loadProgress.ts';

/** A dataset that could not be loaded, with the problems to show the user. */
export class DatasetLoadError extends Error {
  constructor(
    message: string,
    readonly problems: readonly DatasetProblem[] = [],
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

/** A dataset ready to explore. */
export interface LoadedDataset {
  source: DatasetSource;
  /** The content hash of the text it came from. */
  version: string;
  index: DatasetIndex;
  /** What data:check would warn about: allowed, but probably unintended. */
  warnings: readonly DatasetProblem[];
}

// Above this size the checks run in a worker, so the page stays responsive.
const WORKER_THRESHOLD_CHARS = 512 * 1024;

function checkInWorker(text: string): Promise<DatasetCheck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./checkDatasetWorker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<DatasetCheck>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      reject(new DatasetLoadError(`The dataset could not be checked: ${event.message}`));
      worker.terminate();
    };
    worker.postMessage(text);
  });
}

/**
 * Parses and checks a dataset's text with the same checks as `npm run data:check`
 * (in a worker when the text is large), then indexes it.
 */
export async function readDatasetText(
  text: string,
  source: DatasetSource,
  label: string,
): Promise<LoadedDataset> {
  performance.mark(TIMING_MARKS.datasetFetched);
  setLoadStage({ step: 'checking', characters: text.length });
  const check =
    text.length > WORKER_THRESHOLD_CHARS && typeof Worker !== 'undefined'
      ? await checkInWorker(text)
      : checkDatasetText(text);
  if (check.kind === 'not-json')
    throw new DatasetLoadError(`${label} is not valid JSON (${check.message}).`);
  if (check.kind === 'invalid') {
    throw new DatasetLoadError(`${label} does not match the dataset format.`, check.problems);
  }
  return {
    source,
    version: contentHash(text),
    index: indexDataset(check.dataset),
    warnings: check.warnings,
  };
}
