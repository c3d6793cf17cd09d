import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { searchDataset } from '../domain/search/searchDataset.ts';

const searches = new WeakMap<DatasetIndex, ReturnType<typeof searchDataset>>();

/**
 * The search function of a dataset, built at the first keystroke and kept while the
 * dataset is open (the search box and the path pickers share it). It finds names in
 * every language.
 */
export function datasetSearch(index: DatasetIndex): ReturnType<typeof searchDataset> {
  let search = searches.get(index);
  if (search === undefined) {
    search = searchDataset(index);
    searches.set(index, search);
  }
  return search;
}
