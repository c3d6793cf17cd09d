import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { filterGraph } from '../graph/filterGraph.ts';
import { DEFAULT_VIEW, type ViewState } from '../view/viewState.ts';
import { bucketTimeline, type Timeline } from './bucketTimeline.ts';
import { timelineItems } from './timelineItems.ts';

/**
 * The timeline of a view: every dated meeting and relation of the dataset on one
 * axis, counted when the view's filters other than its own date range let it
 * through (the focus aside, as for the filter counts), so brushing a period never
 * empties the bars outside it.
 * @example viewTimeline(index, { ...DEFAULT_VIEW, from: '2031-04' }).buckets[0]?.meetings // 1
 */
export function viewTimeline(index: DatasetIndex, view: ViewState): Timeline {
  const passing = filterGraph(index, {
    ...view,
    from: null,
    to: null,
    focus: DEFAULT_VIEW.focus,
  });
  return bucketTimeline(timelineItems(index.dataset), (item) =>
    item.kind === 'meeting' ? passing.entities.has(item.id) : passing.relations.has(item.id),
  );
}
