import { useMemo } from 'react';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { DEFAULT_VIEW, type ViewState } from '../domain/view/viewState.ts';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import { useAfterPaint } from '../hooks/useAfterPaint.ts';
import { useViewFields } from './useViewFields.ts';

/**
 * The dataset and some fields of the view (the rest as in the default view) for a
 * count that may follow the graph: when those fields change, the count is made once
 * the frame they came in has painted, so the graph's frame does not wait for it (the
 * filter panel's counts and the timeline's bars, ~150 ms at 20,000 entities). Another
 * dataset is counted at once, so the count never pairs it with an old view.
 */
export function useFieldsAfterPaint(fields: readonly (keyof ViewState)[]): {
  index: DatasetIndex;
  view: ViewState;
} {
  const index = useDatasetIndex();
  const current = useViewFields(fields);
  const now = useMemo(() => ({ index, view: { ...DEFAULT_VIEW, ...current } }), [index, current]);
  const later = useAfterPaint(now);
  return later.index === index ? later : now;
}
