import type { StateCreator } from 'zustand';
import type { ViewStore } from './useViewStore.ts';

/** A message the analyst should see once and can dismiss. */
export interface Notice {
  id: string;
  text: string;
  details?: readonly string[];
  /** A button beside Dismiss that acts on the notice (Retry), and dismisses it. */
  action?: { label: string; run: () => void };
}

export interface NoticeSlice {
  notices: Notice[];
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
}

export const createNoticeSlice: StateCreator<ViewStore, [], [], NoticeSlice> = (set) => ({
  notices: [],
  addNotice: (notice) =>
    set((state) => ({ notices: [...state.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
});
