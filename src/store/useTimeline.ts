import type { Timeline } from '../domain/timeline/bucketTimeline.ts';
import { viewTimeline } from '../domain/timeline/viewTimeline.ts';
import { FILTER_FIELDS } from '../domain/view/viewState.ts';
import { useFieldsAfterPaint } from './useFieldsAfterPaint.ts';
import { lastResultBy } from './useVisibleGraph.ts';

// The date range is left out: brushing and play-through move it at every step,
// and the bars do not depend on it.
const TIMELINE_FIELDS = FILTER_FIELDS.filter((field) => field !== 'from' && field !== 'to');
const timelineOf = lastResultBy(TIMELINE_FIELDS, viewTimeline);

/**
 * The current dataset's meetings and relations over time, under the filters other
 * than the dates. Recounted after the graph's frame when a filter changes (~70 ms at
 * 20,000 entities), see useFieldsAfterPaint.
 */
export function useTimeline(): Timeline {
  const { index, view } = useFieldsAfterPaint(TIMELINE_FIELDS);
  return timelineOf(index, view);
}
