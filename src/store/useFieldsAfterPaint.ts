import { useEffect, useMemo, useState } from 'react';
import { whenIdle } from '../dataset/whenIdle.ts';
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
 * The same, but null while a dataset's graph is being made: counted first when the
 * page is idle after it (the graph draws in animation frames, so a count made after
 * the first paint still came before a large graph's first frame: the filter panel's,
 * 170–200 ms of a 20,000-entity overview's). Never pairs the dataset with an old view.
 */
export function useFieldsAfterFirstPaint(fields: readonly (keyof ViewState)[]): Fields | null {
  const now = useFieldsNow(fields);
  const [idleWith, setIdleWith] = useState<DatasetIndex | null>(null);
  useEffect(() => {
    if (idleWith === now.index) return;
    return whenIdle(() => {
      setIdleWith(now.index);
      return true;
    });
  }, [now.index, idleWith]);
  const later = useAfterPaint(now);
  if (idleWith !== now.index) return null;
  return later.index === now.index ? later : now;
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
