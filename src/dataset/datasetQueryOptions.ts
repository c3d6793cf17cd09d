import { queryOptions } from '@tanstack/react-query';
import { contentHash } from '../domain/dataset/contentHash.ts';
import { indexDataset, type DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { validateDataset, type DatasetProblem } from '../domain/dataset/validateDataset.ts';

// The one place that knows where datasets live. Today they are static JSON files
// served beside the app (the `data/` folder); a remote service can replace this
// module without touching the rest of the app.

/** The dataset shown when none is asked for. */
export const DEFAULT_DATASET_ID = 'lavrov-choe';

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

/** A dataset ready to explore, with the content hash of the file it came from. */
export interface LoadedDataset {
  id: string;
  version: string;
  index: DatasetIndex;
}

function datasetUrl(id: string): string {
  return `${import.meta.env.BASE_URL}${encodeURIComponent(id)}.json`;
}

async function fetchDataset(id: string, signal: AbortSignal): Promise<LoadedDataset> {
  const response = await fetch(datasetUrl(id), { signal });
  if (!response.ok) {
    throw new DatasetLoadError(
      `Could not load dataset "${id}": the server answered ${response.status}.`,
    );
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DatasetLoadError(`Dataset "${id}" is not valid JSON.`);
  }
  const result = validateDataset(json);
  if (!result.ok) {
    throw new DatasetLoadError(
      `Dataset "${id}" does not match the dataset format.`,
      result.problems,
    );
  }
  return { id, version: contentHash(text), index: indexDataset(result.dataset) };
}

/**
 * Query options for a dataset: fetched, validated and indexed once, then cached.
 * A dataset file does not change while the app runs, so it never goes stale.
 */
export function datasetQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['dataset', id],
    queryFn: ({ signal }) => fetchDataset(id, signal),
    staleTime: Infinity,
    // A dataset that does not validate will not validate on a second try.
    retry: (failures, error) => !(error instanceof DatasetLoadError) && failures < 2,
  });
}
