import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { facetCounts, type FacetCounts } from '../domain/graph/facetCounts.ts';
import { filterGraph, type VisibleGraph } from '../domain/graph/filterGraph.ts';
import { FILTER_FIELDS, FOCUS_FIELDS, type ViewState } from '../domain/view/viewState.ts';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import { useViewStore } from './useViewStore.ts';

const VISIBILITY_FIELDS = [...FILTER_FIELDS, ...FOCUS_FIELDS];

/**
 * Remembers the last result of a function of (dataset, view) that reads only some
 * fields of the view, so selecting, typing or panning does not recompute it.
 */
export function lastResultBy<T>(
  fields: readonly (keyof ViewState)[],
  compute: (index: DatasetIndex, view: ViewState) => T,
) {
  let cached: { index: DatasetIndex; key: string; value: T } | null = null;
  return (index: DatasetIndex, view: ViewState): T => {
    const key = JSON.stringify(fields.map((field) => view[field]));
    if (cached?.index !== index || cached.key !== key)
      cached = { index, key, value: compute(index, view) };
    return cached.value;
  };
}

/**
 * The visible subgraph for a view, computed once per dataset and filter state and
 * shared by every panel (the graph, the list, the status line).
 */
export const visibleGraphOf = lastResultBy(VISIBILITY_FIELDS, filterGraph);

/** Filter option counts, recomputed only when the dataset or a filter changes. */
const facetCountsOf = lastResultBy(FILTER_FIELDS, facetCounts);

/** The visible subgraph of the current dataset and view; derived, never stored. */
export function useVisibleGraph(): VisibleGraph {
  const index = useDatasetIndex();
  const view = useViewStore((s) => s.view);
  return visibleGraphOf(index, view);
}

/** How many items each filter option keeps, for the current dataset and filters. */
export function useFacetCounts(): FacetCounts {
  const index = useDatasetIndex();
  const view = useViewStore((s) => s.view);
  return facetCountsOf(index, view);
}
