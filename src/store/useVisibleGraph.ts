import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { filterGraph, type VisibleGraph } from '../domain/graph/filterGraph.ts';
import { FILTER_FIELDS, FOCUS_FIELDS, type ViewState } from '../domain/view/viewState.ts';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import { useViewStore } from './useViewStore.ts';

const VISIBILITY_FIELDS = [...FILTER_FIELDS, ...FOCUS_FIELDS];

let cached: { index: DatasetIndex; key: string; graph: VisibleGraph } | null = null;

/**
 * The visible subgraph for a view, computed once per dataset and filter state and
 * shared by every panel (the graph, the list, the status line).
 */
export function visibleGraphOf(index: DatasetIndex, view: ViewState): VisibleGraph {
  const key = JSON.stringify(VISIBILITY_FIELDS.map((field) => view[field]));
  if (cached?.index !== index || cached.key !== key) {
    cached = { index, key, graph: filterGraph(index, view) };
  }
  return cached.graph;
}

/** The visible subgraph of the current dataset and view; derived, never stored. */
export function useVisibleGraph(): VisibleGraph {
  const index = useDatasetIndex();
  const view = useViewStore((s) => s.view);
  return visibleGraphOf(index, view);
}
