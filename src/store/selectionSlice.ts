import type { StateCreator } from 'zustand';
import type { ViewStore } from './useViewStore.ts';

/** What the analyst has selected: one entity or one relation, by id. */
export type Selection = { type: 'entity'; id: string } | { type: 'relation'; id: string };

export interface SelectionSlice {
  selection: Selection | null;
  select: (selection: Selection) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<ViewStore, [], [], SelectionSlice> = (set) => ({
  selection: null,
  select: (selection) => set({ selection }),
  clearSelection: () => set({ selection: null, reading: null }),
});
