import { queryOptions } from '@tanstack/react-query';
import { manifestSchema, type Manifest } from '../domain/dataset/manifestSchema.ts';
import { TIMING_MARKS } from '../domain/timing/timingMarks.ts';
import { sourceKey, type DatasetSource } from './datasetSource.ts';
import { setLoadStage } from './loadProgress.ts';
import { fetchDatasetText } from './fetchDatasetText.ts';
import { openedFileText } from './openedFiles.ts';
import { DatasetLoadError, readDatasetText, type LoadedDataset } from './readDatasetText.ts';

// The one place that knows where datasets live: bundled files served beside the app
// (the `data/` folder, listed in data/datasets.json), URLs, and files opened in the
// tab. A remote service can replace this module without touching the rest.

export { DatasetLoadError, type LoadedDataset };

/** The dataset shown when none is asked for: the first of data/datasets.json. */
export const DEFAULT_DATASET_ID = 'lavrov-choe';

const dataUrl = (file: string) => `${import.meta.env.BASE_URL}${file}`;

/** The manifest of bundled datasets. */
export function manifestQueryOptions() {
  return queryOptions({
    queryKey: ['manifest'],
    queryFn: async ({ signal }): Promise<Manifest> => {
      const text = await fetchDatasetText(dataUrl('datasets.json'), 'The list of datasets', signal);
      const parsed = manifestSchema.safeParse(JSON.parse(text));
      if (!parsed.success)
        throw new DatasetLoadError('The list of datasets (datasets.json) is malformed.');
      return parsed.data;
    },
    staleTime: Infinity,
  });
}

async function loadDataset(
  source: DatasetSource,
  signal: AbortSignal,
  manifest: () => Promise<Manifest>,
) {
  performance.mark(TIMING_MARKS.datasetRequested);
  setLoadStage({ step: 'fetching' });
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
      const label = `Dataset “${entry.id}”`;
      return readDatasetText(
        await fetchDatasetText(dataUrl(entry.file), label, signal),
        source,
        label,
      );
    }
    case 'url': {
      const label = `The dataset at ${source.url}`;
      return readDatasetText(await fetchDatasetText(source.url, label, signal), source, label);
    }
    case 'file': {
      const opened = openedFileText(source.version);
      if (opened === undefined)
        throw new DatasetLoadError('The opened file is no longer available; open it again.');
      return readDatasetText(opened.text, source, `“${opened.name}”`);
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
    // A dataset that does not validate will not validate on a second try.
    retry: (failures, error) => !(error instanceof DatasetLoadError) && failures < 2,
  });
}
