import { create } from 'zustand';
import type { OpenedFile } from '../dataset/openedFiles.ts';
import type { ViewState } from '../domain/view/viewState.ts';
import { createNoticeSlice, type NoticeSlice } from './noticeSlice.ts';
import { createPathSlice, type PathSlice } from './pathSlice.ts';
import { createViewSlice, type HistoryMode, type ViewSlice } from './viewSlice.ts';

/**
 * The analyst's view of the dataset, which the URL mirrors, and the notices shown
 * about it. The dataset itself lives in the query cache.
 */
export type ViewStore = ViewSlice &
  NoticeSlice &
  PathSlice & {
    /** A request to bring an entity to the middle of the screen; the nonce repeats it. */
    centreRequest: { id: string; nonce: number } | null;
    centreOn: (id: string) => void;
    /** A request to pin an entity where the graph draws it; the nonce repeats it. */
    pinRequest: { id: string; nonce: number } | null;
    requestPin: (id: string) => void;
    /** What one sentence of an article backs, shown in the graph until the next selection. */
    evidenceHighlight: { ids: readonly string[]; sentence: string } | null;
    setEvidenceHighlight: (highlight: { ids: readonly string[]; sentence: string } | null) => void;
    /** A dataset file the analyst opened in this tab (by name and content hash); it overrides `view.data`. */
    openedFile: OpenedFile | null;
    /**
     * Shows a view on an opened file, or on what `view.data` names (null): both in one
     * step, so the dataset shown and the view never disagree in between.
     */
    showView: (view: ViewState, openedFile: OpenedFile | null, mode?: HistoryMode) => void;
    /** A request to frame the visible graph again; each request increments it. */
    fitRequest: number;
    requestFit: () => void;
  };

export const useViewStore = create<ViewStore>()((...a) => {
  const [set] = a;
  return {
    ...createViewSlice(...a),
    ...createNoticeSlice(...a),
    ...createPathSlice(...a),
    centreRequest: null,
    centreOn: (id) =>
      set((state) => ({ centreRequest: { id, nonce: (state.centreRequest?.nonce ?? 0) + 1 } })),
    pinRequest: null,
    requestPin: (id) =>
      set((state) => ({ pinRequest: { id, nonce: (state.pinRequest?.nonce ?? 0) + 1 } })),
    evidenceHighlight: null,
    setEvidenceHighlight: (evidenceHighlight) => set({ evidenceHighlight }),
    openedFile: null,
    showView: (view, openedFile, mode = 'push') => set({ view, openedFile, historyMode: mode }),
    fitRequest: 0,
    requestFit: () => set((state) => ({ fitRequest: state.fitRequest + 1 })),
  };
});
