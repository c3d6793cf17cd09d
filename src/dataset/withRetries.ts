import { DatasetLoadError, isTransientLoadError } from './readDatasetText.ts';

/** How many times a dataset is fetched before its failure is shown. */
export const LOAD_ATTEMPTS = 3;

/** The wait before the next try, doubling each time: 1 s after the first failure, then 2 s. */
export function retryDelayMs(failures: number): number {
  return 1000 * 2 ** (failures - 1);
}

/** What the loader says while it waits to try again. */
export interface RetryNotice {
  /** The try about to be made, counting from 1. */
  attempt: number;
  attempts: number;
  delayMs: number;
  error: DatasetLoadError;
}

/**
 * Runs `load` and, while it fails with a transient fault, runs it again after a
 * growing wait, up to `attempts` times; anything else fails at once. The last
 * failure says how many tries were made. Aborting stops the waiting.
 */
export async function withRetries<T>(
  load: () => Promise<T>,
  signal: AbortSignal,
  onRetry: (notice: RetryNotice) => void,
  attempts = LOAD_ATTEMPTS,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (signal.aborted || !isTransientLoadError(error)) throw error;
      const failure = error as DatasetLoadError;
      if (attempt >= attempts) {
        throw new DatasetLoadError(
          `${failure.message} (Tried ${attempts} times.)`,
          failure.problems,
          { transient: true },
        );
      }
      const delayMs = retryDelayMs(attempt);
      onRetry({ attempt: attempt + 1, attempts, delayMs, error: failure });
      await sleep(delayMs, signal);
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
}
