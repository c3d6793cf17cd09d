import { useEffect, useState } from 'react';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import type { Communities } from '../domain/overview/assignGroups.ts';
import { communitiesInWorker } from './communitiesInWorker.ts';

// One search per dataset, shared by every component that asks; forgotten with the dataset.
const found = new WeakMap<DatasetIndex, Communities>();
const pending = new WeakMap<DatasetIndex, Promise<Communities>>();

/**
 * The dataset's communities: those stored by data:layout, else found once in a
 * worker when first wanted; null until then (or when the search fails, the overview
 * then groups by kind).
 */
export function useCommunities(index: DatasetIndex, isWanted: boolean): Communities | null {
  const stored = index.dataset.communities ?? null;
  const [, setFound] = useState(0);
  const isNeeded = stored === null && isWanted && !found.has(index);
  useEffect(() => {
    if (!isNeeded) return;
    let isCurrent = true;
    let search = pending.get(index);
    if (search === undefined) {
      search = communitiesInWorker(index.dataset);
      pending.set(index, search);
    }
    search
      .then((communities) => {
        found.set(index, communities);
        if (isCurrent) setFound((n) => n + 1);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [index, isNeeded]);
  return stored ?? found.get(index) ?? null;
}
