import { contentHash } from '../domain/dataset/contentHash.ts';
import { isCutOffJson } from '../domain/dataset/isCutOffJson.ts';
import { indexDataset, type DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { TIMING_MARKS } from '../domain/timing/timingMarks.ts';
import type { DatasetProblem } from '../domain/dataset/validateDataset.ts';
import type { Dataset } from '../domain/dataset/datasetSchema.ts';
import type { DatasetSource } from './datasetSource.ts';
import { completeWorkerCheck, type DatasetCheck, type WorkerCheck } from './datasetCheck.ts';
import { setLoadStage } from './loadProgress.ts';

/**
 * A dataset that could not be loaded, with the problems to show the user.
 * `transient` marks a fault that another try may not meet (the network failed, the
 * server answered 5xx, the time ran out, the file arrived cut off); a missing file,
 * a schema error or a file too large fails the same way every time.
 */
export class DatasetLoadError extends Error {
  readonly transient: boolean;

  constructor(
    message: string,
    readonly problems: readonly DatasetProblem[] = [],
    options: { transient?: boolean } = {},
  ) {
    super(message);
    this.name = 'DatasetLoadError';
    this.transient = options.transient ?? false;
  }
}

/** Whether another try might succeed where this one failed (see DatasetLoadError). */
export function isTransientLoadError(error: unknown): boolean {
  return error instanceof DatasetLoadError && error.transient;
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

/**
 * Above this size the checks run in a worker, so the page stays responsive. A worker
 * costs its start: its code (~270 KB) fetched and compiled, and the page waiting for
 * the answer. The page's own check (parse, compiled shape check, references and
 * excerpts) costs about 15 ms a MB in Node (`npm run bench:validation`), so below
 * 8 MB it answers sooner, in short tasks (SPLIT_CHECK_CHARS). At 5,000 synthetic
 * entities (5.8 MB) dataset fetched → ready went from 228 to 163 ms, and from 153 to
 * 93 ms at 1,000 (five fresh loads each; 512 KB was the limit before).
 */
export const WORKER_THRESHOLD_CHARS = 8 * 1024 * 1024;

/**
 * Whether a file of this many bytes may be checked in a worker: a character takes at
 * least a byte, so a smaller file never is.
 */
export const mayCheckInWorker = (bytes: number) => bytes > WORKER_THRESHOLD_CHARS;

/**
 * Starts a check worker ahead of its text: a load does so when the server says a large
 * file is coming, so the worker's code (~270 KB) arrives and compiles while the file
 * downloads, not after it. Handed to readDatasetText, or terminated.
 */
export function startCheckWorker(): Worker {
  return new Worker(new URL('./checkDatasetWorker.ts', import.meta.url), { type: 'module' });
}

/**
 * How long the worker may check before it is stopped: 2 minutes. A 20 MB dataset
 * takes about 5 s on a 2-core machine; the largest the app opens (64 MiB) well
 * under a minute. Past this, something in the file costs more than any dataset should.
 */
export const CHECK_TIMEOUT_MS = 120_000;

/** What the page does with a large text while the worker checks it (workWhileChecking). */
export interface WorkWhileChecking {
  /** The text's JSON, if the page has parsed it yet. */
  parsed(): { json: unknown } | undefined;
  /** The text's content hash, computed now if it was not meanwhile. */
  version(): string;
  /** The dataset's index: the one made meanwhile if it is of this dataset, or a new one. */
  index(dataset: Dataset): DatasetIndex;
  /** Drops the steps not yet taken (the answer came, or the load was cancelled). */
  stop(): void;
}

/**
 * While the worker checks a large text, the page waits on another core with nothing
 * to do. It parses the text meanwhile (a dataset valid as parsed is then ready when
 * the answer comes; receiving the worker's clone took longer), then, unless told to
 * parse only, hashes it and indexes what it parsed: at 20,000 entities the hash and
 * the index took ~80 ms after the answer, on the way to the first frame. Each step is
 * a task of its own, so the answer or an abort is heard between them. Nothing made
 * here is trusted: an index is used only for the very object the check then
 * accepted; JSON not shaped like a dataset's lists is not indexed (an index of
 * millions of bare numbers would cost the page far more memory than their parse), and
 * a text that is not JSON ends the steps (the worker says what is wrong).
 */
export function workWhileChecking(
  text: string,
  { parseOnly = false }: { parseOnly?: boolean } = {},
): WorkWhileChecking {
  let parsed: { json: unknown } | undefined;
  let version: string | undefined;
  let indexed: DatasetIndex | undefined;
  const steps = [
    () => {
      parsed = { json: JSON.parse(text) as unknown };
    },
    ...(parseOnly
      ? []
      : [
          () => {
            version = contentHash(text);
          },
          () => {
            if (hasDatasetLists(parsed?.json)) indexed = indexDataset(parsed.json as Dataset);
          },
        ]),
  ];
  let pending: ReturnType<typeof setTimeout> | undefined;
  const take = (step: number) => {
    pending = setTimeout(() => {
      try {
        steps[step]?.();
      } catch {
        return;
      }
      if (step + 1 < steps.length) take(step + 1);
    });
  };
  take(0);
  return {
    parsed: () => parsed,
    version: () => version ?? contentHash(text),
    index: (dataset) => (indexed?.dataset === dataset ? indexed : indexDataset(dataset)),
    stop: () => clearTimeout(pending),
  };
}

/**
 * Whether parsed JSON has what indexDataset walks: lists of objects with string ids
 * (relations with string ends too). A cheap look that allocates nothing, so that
 * indexing costs no more than a small multiple of what the parse already built.
 */
function hasDatasetLists(
  json: unknown,
): json is { entities: unknown[]; relations: unknown[]; articles: unknown[] } {
  if (typeof json !== 'object' || json === null) return false;
  const { entities, relations, articles, lenses } = json as Record<string, unknown>;
  const isListOf = (list: unknown, fields: readonly string[]) =>
    Array.isArray(list) &&
    list.every(
      (item) =>
        typeof item === 'object' &&
        item !== null &&
        fields.every((field) => typeof (item as Record<string, unknown>)[field] === 'string'),
    );
  return (
    isListOf(entities, ['id']) &&
    isListOf(relations, ['id', 'source', 'target']) &&
    isListOf(articles, ['id']) &&
    (lenses === undefined || isListOf(lenses, ['id']))
  );
}

/**
 * Checks a dataset's text in a worker. The worker ends when it answers, fails, runs
 * out of time, or the signal aborts (another dataset was asked for), so none
 * outlives its load.
 */
export function checkInWorker(
  text: string,
  signal?: AbortSignal,
  timeoutMs = CHECK_TIMEOUT_MS,
  /** A worker started ahead (startCheckWorker); one is started otherwise. */
  started?: Worker,
  /** The page's work on the same text meanwhile; a parse only, started here, otherwise. */
  meanwhile: WorkWhileChecking = workWhileChecking(text, { parseOnly: true }),
): Promise<DatasetCheck> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      started?.terminate();
      meanwhile.stop();
      reject(signal.reason as Error);
      return;
    }
    let worker: Worker;
    try {
      worker = started ?? startCheckWorker();
    } catch (error) {
      // No worker (a policy refused it): the page does not go on working on the text.
      meanwhile.stop();
      throw error;
    }
    const stop = () => {
      finish();
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      finish();
      reject(
        new DatasetLoadError(
          `The dataset could not be checked within ${timeoutMs / 1000} s; it was stopped.`,
        ),
      );
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      meanwhile.stop();
      signal?.removeEventListener('abort', stop);
      worker.terminate();
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerCheck>) => {
      finish();
      // The checked text parsed here: cheaper than a clone of what the worker parsed.
      resolve(completeWorkerCheck(text, event.data, meanwhile.parsed()));
    };
    worker.onerror = (event) => {
      finish();
      reject(new DatasetLoadError(`The dataset could not be checked: ${event.message}`));
    };
    worker.postMessage(text);
  });
}

/**
 * Past this size the page's own check is split: the parse, the checks, and the hash
 * and index each take a task of their own, so none of them is long (at 8 MB, each
 * is well under 200 ms here; in one task a 5.8 MB check took 230 ms).
 */
const SPLIT_CHECK_CHARS = 512 * 1024;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Checks a dataset's text on the page (below the worker's threshold). A valid one
 * needs no zod (whose schema takes ~80 ms to build, and its chunk a round trip); a
 * refused one loads it for the messages. The fast module is asked for when the load
 * starts (preloadChecks).
 */
async function checkInPage(text: string): Promise<DatasetCheck> {
  const pause = text.length > SPLIT_CHECK_CHARS ? nextTask : undefined;
  return (await preloadChecks()).checkDatasetTextLoadingZod(text, pause);
}

/** Loads the page's dataset checks; a load calls it before fetching, so the two overlap. */
export function preloadChecks() {
  return import('./checkDatasetTextFast.ts');
}

/**
 * Parses and checks a dataset's text with the same checks as `npm run data:check`
 * (in a worker when the text is large), then indexes it.
 */
export async function readDatasetText(
  text: string,
  source: DatasetSource,
  label: string,
  signal?: AbortSignal,
  /** A check worker started while the text downloaded; used or terminated here. */
  started?: Worker,
): Promise<LoadedDataset> {
  performance.mark(TIMING_MARKS.datasetFetched);
  const isLarge = text.length > WORKER_THRESHOLD_CHARS;
  if (!isLarge) started?.terminate();
  // Said only where the worker checks: the page checks a smaller file in a few
  // short tasks, sooner than a "Checking" stage would be worth a render (drawing
  // "Checking 0.0 MB" cost the seed's first frame one, and Intl's first number format).
  if (isLarge) setLoadStage({ step: 'checking', characters: text.length });
  const meanwhile = isLarge && typeof Worker !== 'undefined' ? workWhileChecking(text) : null;
  const check =
    meanwhile !== null
      ? await checkInWorker(text, signal, CHECK_TIMEOUT_MS, started, meanwhile)
      : await checkInPage(text);
  if (check.kind === 'not-json') {
    // A fetched file that ends mid-value most likely arrived cut off; fetched again,
    // it may arrive whole. An opened file would read the same again.
    const cutOff = source.type !== 'file' && isCutOffJson(text);
    throw new DatasetLoadError(
      `${label} is not valid JSON (${check.message})${cutOff ? '; it looks cut off' : ''}.`,
      [],
      { transient: cutOff },
    );
  }
  if (check.kind === 'invalid') {
    throw new DatasetLoadError(`${label} does not match the dataset format.`, check.problems);
  }
  if (meanwhile === null && text.length > SPLIT_CHECK_CHARS) await nextTask();
  return {
    source,
    version: meanwhile?.version() ?? contentHash(text),
    index: meanwhile?.index(check.dataset) ?? indexDataset(check.dataset),
    warnings: check.warnings,
  };
}
