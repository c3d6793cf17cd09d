import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { overviewOf } from './useOverview.ts';
import { timelineOf } from './useTimeline.ts';
import { useViewStore } from './useViewStore.ts';
import { shownGraphOf } from './useVisibleGraph.ts';

const NO_PATH: readonly string[] = [];

/**
 * What the explorer's first render derives from a dataset, as steps the page takes
 * while the worker checks it (readDatasetText's workWhileChecking): the graph shown,
 * the overview, the timeline. Each lands in the memo the render then reads, so their
 * cost (~140 ms at 20,000 entities) leaves the way to the first frame for time the
 * page spent waiting. Each step reads the view then, the one the link gave. A drawn
 * path opens groups the overview here would not, so with a path it is left to the
 * render.
 */
export function warmUpView(index: DatasetIndex): (() => void)[] {
  const view = () => useViewStore.getState().view;
  return [
    () => void shownGraphOf(index, view()),
    () => {
      const now = view();
      if (now.path === null) overviewOf(index, now, NO_PATH, index.dataset.communities ?? null);
    },
    () => void timelineOf(index, view()),
  ];
}
