import { queryOptions } from '@tanstack/react-query';
import type { Manifest } from '../domain/dataset/manifestSchema.ts';
import { TIMING_MARKS } from '../domain/timing/timingMarks.ts';
import { checkManifest } from './checkManifest.ts';
import { sourceKey, type DatasetSource } from './datasetSource.ts';
import { setLoadStage } from './loadProgress.ts';
import { fetchDatasetText } from './fetchDatasetText.ts';
import { openedFileText } from './openedFiles.ts';
import {
  DatasetLoadError,
  mayCheckInWorker,
  preloadChecks,
  readDatasetText,
  startCheckWorker,
  type LoadedDataset,
} from './readDatasetText.ts';
import { withRetries, type RetryNotice } from './withRetries.ts';

// The one place that knows where datasets live: bundled files served beside the app
// (the `data/` folder, listed in data/datasets.json), URLs, and files opened in the
// tab. A remote service can replace this module without touching the rest.

export { DatasetLoadError, type LoadedDataset };

/** The dataset shown when none is asked for: the first of data/datasets.json. */
export const DEFAULT_DATASET_ID = 'lavrov-choe';

const dataUrl = (file: string) => `${import.meta.env.BASE_URL}${file}`;

// The loaders retry transient faults themselves (withRetries), so the loading
// screen can say what it waits for; the query adds no retries of its own. It
// always runs, even when the browser reports no network: the service worker may
// answer from its cache. A load that failed before the loading gate mounted (the
// page's first render waits for the UI strings' chunk) is the gate's to show, with
// its Retry button: mounting must not fetch it again unasked.
const LOAD_POLICY = { retry: false, retryOnMount: false, networkMode: 'always' } as const;

function showRetry({ attempt, attempts, delayMs, error }: RetryNotice): void {
  setLoadStage({ step: 'retrying', attempt, attempts, delayMs, reason: error.message });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Fetches and reads a dataset file, trying again after transient faults. When the
 * server announces a file large enough for the worker's check, the worker starts
 * while the file downloads.
 */
function fetchAndRead(url: string, label: string, source: DatasetSource, signal: AbortSignal) {
  return withRetries(
    async () => {
      setLoadStage({ step: 'fetching' });
      let started: Worker | undefined;
      try {
        const text = await fetchDatasetText(url, label, signal, undefined, (bytes) => {
          if (mayCheckInWorker(bytes) && typeof Worker !== 'undefined')
            started = startCheckWorker();
        });
        const worker = started;
        started = undefined;
        return await readDatasetText(text, source, label, signal, worker);
      } finally {
        // A fetch that failed leaves its worker unused.
        started?.terminate();
      }
    },
    signal,
    showRetry,
  );
}

/** The manifest of bundled datasets. */
export function manifestQueryOptions() {
  return queryOptions({
    queryKey: ['manifest'],
    queryFn: async ({ signal }): Promise<Manifest> => {
      const label = 'The list of datasets';
      const text = await withRetries(
        () => fetchDatasetText(dataUrl('datasets.json'), label, signal),
        signal,
        showRetry,
      );
      return checkManifest(parseJson(text));
    },
    staleTime: Infinity,
    ...LOAD_POLICY,
  });
}

async function loadDataset(
  source: DatasetSource,
  signal: AbortSignal,
  manifest: () => Promise<Manifest>,
) {
  performance.mark(TIMING_MARKS.datasetRequested);
  setLoadStage({ step: 'fetching' });
  // The checks' code arrives while the dataset does, not after it.
  preloadChecks().catch(() => undefined);
  try {
    const loaded = await readSource(source, signal, manifest);
    performance.mark(TIMING_MARKS.datasetReady);
    return loaded;
  } finally {
    setLoadStage(null);
  }
}

async function readSource(
  source: DatasetSource,
  signal: AbortSignal,
  manifest: () => Promise<Manifest>,
) {
  switch (source.type) {
    case 'bundled': {
      const entry = (await manifest()).datasets.find((d) => d.id === source.id);
      if (entry === undefined)
        throw new DatasetLoadError(`No bundled dataset has the id "${source.id}".`);
      return fetchAndRead(dataUrl(entry.file), `Dataset “${entry.id}”`, source, signal);
    }
    case 'url':
      return fetchAndRead(source.url, `The dataset at ${source.url}`, source, signal);
    case 'file': {
      const opened = openedFileText(source.version);
      if (opened === undefined)
        throw new DatasetLoadError('The opened file is no longer available; open it again.');
      return readDatasetText(opened.text, source, `“${opened.name}”`, signal);
    }
  }
}

/**
 * Query options for a dataset: fetched, checked and indexed once, then cached.
 * A dataset does not change while the app runs, so it never goes stale.
 */
export function datasetQueryOptions(source: DatasetSource, manifest: () => Promise<Manifest>) {
  return queryOptions({
    queryKey: ['dataset', sourceKey(source)],
    queryFn: ({ signal }) => loadDataset(source, signal, manifest),
    staleTime: Infinity,
    ...LOAD_POLICY,
  });
}
