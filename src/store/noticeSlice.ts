import type { ParseKeys } from 'i18next';
import type { StateCreator } from 'zustand';
import type { ViewStore } from './useViewStore.ts';

/**
 * Words of the translation layer, looked up when the notice is shown, so that a
 * notice follows the UI language even when the analyst switches it afterwards.
 */
export interface NoticeMessage {
  key: ParseKeys;
  values?: Readonly<Record<string, string | number>>;
}

/** A message the analyst should see once and can dismiss. */
export interface Notice {
  id: string;
  /** A message to translate, or text already in its final words. */
  text: NoticeMessage | string;
  details?: readonly (NoticeMessage | string)[];
  /** A button beside Dismiss that acts on the notice (Retry), and dismisses it. */
  action?: { label: NoticeMessage | string; run: () => void };
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
