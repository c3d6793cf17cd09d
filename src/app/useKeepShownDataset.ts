import { useEffect, useRef, useState } from 'react';
import type { LoadedDataset } from '../dataset/datasetQueryOptions.ts';
import type { OpenedFile } from '../dataset/openedFiles.ts';
import type { ViewState } from '../domain/view/viewState.ts';
import { noticeLoadFailure } from '../features/datasets/noticeLoadFailure.ts';
import { useViewStore } from '../store/useViewStore.ts';

/** What was on screen: a view, and the opened file it was on, if any. */
interface Shown {
  view: ViewState;
  openedFile: OpenedFile | null;
}

/**
 * Keeps the dataset the analyst had when the URL asks for one that fails to load —
 * Back or Forward to a `?data=` link whose server is down or whose file is broken.
 * The last view shown on the loaded dataset comes back (the address too), and a
 * notice says why, with Retry. Only the first load of the page, with nothing shown
 * yet, lists the problems on a page of their own.
 * @returns whether a failure is being turned back, so the caller shows no problems page.
 */
export function useKeepShownDataset(
  loaded: LoadedDataset | undefined,
  error: Error | null,
): boolean {
  // The last view on the dataset that is loaded: changes that ask for another
  // dataset are not it until that dataset has loaded.
  const lastShown = useRef<Shown | null>(null);
  // Whether a dataset has been shown, known while rendering (React's pattern for
  // information from earlier renders); `lastShown` is then set too.
  const [hasShown, setHasShown] = useState(false);
  if (loaded !== undefined && !hasShown) setHasShown(true);
  useEffect(() => {
    if (loaded === undefined) return;
    const { view, openedFile } = useViewStore.getState();
    lastShown.current = { view, openedFile };
    return useViewStore.subscribe((state) => {
      if (state.view.data === view.data && state.openedFile?.version === openedFile?.version)
        lastShown.current = { view: state.view, openedFile: state.openedFile };
    });
  }, [loaded]);

  useEffect(() => {
    const shown = lastShown.current;
    if (error === null || shown === null) return;
    const failed = useViewStore.getState().view;
    // A file the analyst had opened comes back with its view.
    useViewStore.getState().showView(shown.view, shown.openedFile, 'replace');
    // Retry asks for the failed view again, as a new step: Back returns here. The
    // file steps aside, or it would be shown again in place of what is asked for.
    noticeLoadFailure(error, () => useViewStore.getState().showView(failed, null));
  }, [error]);
  return error !== null && hasShown;
}
