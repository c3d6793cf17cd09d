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
export function useFieldsAfterPaint(fields: readonly (keyof ViewState)[]): Fields {
  const now = useFieldsNow(fields);
  const later = useAfterPaint(now);
  return later.index === now.index ? later : now;
}

/**
 * The same, but null until a frame of the dataset has painted: a count that may wait
 * for the first graph of a dataset too (the filter panel's, 170–200 ms of a 20,000-
 * entity overview's first frame). Never pairs the dataset with an old view.
 */
export function useFieldsAfterFirstPaint(fields: readonly (keyof ViewState)[]): Fields | null {
  const now = useFieldsNow(fields);
  const later = useAfterPaint<Fields | null>(now, null);
  return later?.index === now.index ? later : null;
}

interface Fields {
  index: DatasetIndex;
  view: ViewState;
}

/** The dataset and the fields as they are now, one object while neither changes. */
function useFieldsNow(fields: readonly (keyof ViewState)[]): Fields {
  const index = useDatasetIndex();
  const current = useViewFields(fields);
  return useMemo(() => ({ index, view: { ...DEFAULT_VIEW, ...current } }), [index, current]);
}
