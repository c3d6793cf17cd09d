import { comparePeriods, type Comparison } from '../domain/compare/comparePeriods.ts';
import { filterGraph } from '../domain/graph/filterGraph.ts';
import { DEFAULT_VIEW, FILTER_FIELDS } from '../domain/view/viewState.ts';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import { useViewStore } from './useViewStore.ts';
import { lastResultBy } from './useVisibleGraph.ts';

// As the timeline: under the filters other than the dates (a period of the date
// filter would hide what the other period holds), the focus aside.
const comparisonOf = lastResultBy(
  [...FILTER_FIELDS.filter((field) => field !== 'from' && field !== 'to'), 'compare'],
  (index, view): Comparison | null => {
    if (view.compare === null) return null;
    const passing = filterGraph(index, {
      ...view,
      from: null,
      to: null,
      focus: DEFAULT_VIEW.focus,
    });
    const relations = index.dataset.relations.filter((r) => passing.relations.has(r.id));
    const { a, b, threshold } = view.compare;
    return comparePeriods(index, relations, a, b, threshold);
  },
);

/** The comparison of the view's two periods, tie by tie; null when none are compared. */
export function useComparison(): Comparison | null {
  const index = useDatasetIndex();
  const view = useViewStore((s) => s.view);
  return comparisonOf(index, view);
}
