import type { Timeline } from '../domain/timeline/bucketTimeline.ts';
import { viewTimeline } from '../domain/timeline/viewTimeline.ts';
import { FILTER_FIELDS } from '../domain/view/viewState.ts';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import { useViewStore } from './useViewStore.ts';
import { lastResultBy } from './useVisibleGraph.ts';

// The date range is left out: brushing and play-through move it at every step,
// and the bars do not depend on it.
const timelineOf = lastResultBy(
  FILTER_FIELDS.filter((field) => field !== 'from' && field !== 'to'),
  viewTimeline,
);

/** The current dataset's meetings and relations over time, under the filters other than the dates. */
export function useTimeline(): Timeline {
  const index = useDatasetIndex();
  const view = useViewStore((s) => s.view);
  return timelineOf(index, view);
}
