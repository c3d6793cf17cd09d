import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { facetCounts, type FacetCounts } from '../domain/graph/facetCounts.ts';
import { filterGraph, type VisibleGraph } from '../domain/graph/filterGraph.ts';
import { parseTieId, rollUp, type RolledTie, type RolledUpGraph } from '../domain/graph/rollUp.ts';
import { keptResults, keyOfFields } from '../domain/view/keptResults.ts';
import { FILTER_FIELDS, VISIBILITY_FIELDS, type ViewState } from '../domain/view/viewState.ts';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import { useFieldsAfterFirstPaint } from './useFieldsAfterPaint.ts';
import { useViewStore } from './useViewStore.ts';

/**
 * Remembers the last result of a function of (dataset, view) that reads only some
 * fields of the view, so selecting, typing or panning does not recompute it.
 */
export function lastResultBy<T>(
  fields: readonly (keyof ViewState)[],
  compute: (index: DatasetIndex, view: ViewState) => T,
) {
  return keptResults(keyOfFields(fields), compute);
}

/**
 * The visible subgraph for a view, computed once per dataset and filter state and
 * shared by every panel (the graph, the list, the status line). Kept here apart from
 * filterGraph's own recent results, which the facet counts' filters cycle through:
 * an effect keyed on this object must not re-run for a selection or a pan.
 */
export const visibleGraphOf = lastResultBy(VISIBILITY_FIELDS, filterGraph);

/**
 * The most rolled-up ties drawn: a large dataset whose every relation is between
 * officials would otherwise add more ties than it has entities.
 */
const MAX_DRAWN_TIES = 3000;

/** The roll-up of the visible subgraph, whether or not the view shows it (a link may name a tie). */
const rolledUpOf = lastResultBy(VISIBILITY_FIELDS, (index, view) =>
  rollUp(index, visibleGraphOf(index, view), MAX_DRAWN_TIES),
);

/** Filter option counts, recomputed only when the dataset or a filter changes. */
const facetCountsOf = lastResultBy(FILTER_FIELDS, facetCounts);

/**
 * The visible subgraph of the current dataset and view; derived, never stored. With
 * roll-up on, the officials rolled up and their relations are left out (their ties
 * come from useRolledUp).
 */
export function useVisibleGraph(): VisibleGraph {
  const index = useDatasetIndex();
  const view = useViewStore((s) => s.view);
  return view.rollup ? rolledUpOf(index, view).visible : visibleGraphOf(index, view);
}

/**
 * The visible subgraph before any roll-up: what the filters and focus let through,
 * officials included. A dataset export keeps this, so roll-up can be rebuilt from it.
 */
export function useFilteredGraph(): VisibleGraph {
  const index = useDatasetIndex();
  const view = useViewStore((s) => s.view);
  return visibleGraphOf(index, view);
}

/** The rolled-up graph when the view rolls officials up; null when it does not. */
export function useRolledUp(): RolledUpGraph | null {
  const index = useDatasetIndex();
  const view = useViewStore((s) => s.view);
  return view.rollup ? rolledUpOf(index, view) : null;
}

/**
 * The roll-up of the visible subgraph even while roll-up is off, to explain a tie a
 * link names; null unless wanted, so that nothing is computed for nothing.
 */
export function useRollUpPreview(isWanted: boolean): RolledUpGraph | null {
  const index = useDatasetIndex();
  const view = useViewStore((s) => s.view);
  return isWanted ? rolledUpOf(index, view) : null;
}

/**
 * The rolled-up tie the selection names (`sel=rollup:…`), drawn or not: among the
 * ties of the visible graph, or those within one side. Undefined when the selection
 * is no tie or names one the graph does not have.
 */
export function useSelectedTie(): { isTie: boolean; tie: RolledTie | undefined } {
  const selected = useViewStore((s) => s.view.selected);
  const isTie = selected !== null && parseTieId(selected) !== null;
  const rolled = useRollUpPreview(isTie);
  const tie =
    rolled?.ties.find((t) => t.id === selected) ?? rolled?.withinOne.find((t) => t.id === selected);
  return { isTie, tie };
}

/**
 * How many items each filter option keeps, for the current dataset and filters:
 * recounting every option refilters the graph once per facet (~80 ms at 20,000
 * entities, 170 ms on a first load), so the counts follow the graph's frame, the
 * first one of a dataset too (null until then: useFieldsAfterFirstPaint).
 */
export function useFacetCounts(): FacetCounts | null {
  const fields = useFieldsAfterFirstPaint(FILTER_FIELDS);
  return fields === null ? null : facetCountsOf(fields.index, fields.view);
}
