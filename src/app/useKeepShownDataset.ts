import { useEffect } from 'react';
import type { ViewState } from '../domain/view/viewState.ts';
import { noticeLoadFailure } from '../features/datasets/noticeLoadFailure.ts';
import { useViewStore } from '../store/useViewStore.ts';

// The view shown before the view's dataset last changed, while that dataset was
// shown. Module state: there is one explorer and one URL.
let beforeSwitch: ViewState | null = null;
let hasShownDataset = false;

useViewStore.subscribe((state, previous) => {
  if (state.view.data !== previous.view.data && hasShownDataset) beforeSwitch = previous.view;
});

/**
 * Keeps the dataset the analyst had when the URL asks for one that fails to load —
 * Back or Forward to a `?data=` link whose server is down or whose file is broken.
 * The view before it comes back (the address too), and a notice says why, with
 * Retry. Only the first load of the page, with nothing shown yet, lists the problems
 * on a page of their own.
 * @returns whether a failure is being turned back, so the caller shows no problems page.
 */
export function useKeepShownDataset(isSuccess: boolean, error: Error | null): boolean {
  useEffect(() => {
    if (isSuccess) hasShownDataset = true;
  }, [isSuccess]);
  const restore = error === null ? null : beforeSwitch;
  useEffect(() => {
    if (error === null || restore === null) return;
    const failed = useViewStore.getState().view;
    useViewStore.getState().setView(restore, 'replace');
    beforeSwitch = null;
    // Retry asks for the failed view again, as a new step: Back returns here.
    noticeLoadFailure(error, () => useViewStore.getState().setView(failed));
  }, [error, restore]);
  return restore !== null;
}
