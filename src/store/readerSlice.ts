import type { StateCreator } from 'zustand';
import type { Evidence } from '../domain/dataset/datasetSchema.ts';
import type { ViewStore } from './useViewStore.ts';

/** The article open in the reader, and the excerpt to highlight in it. */
export interface Reading {
  articleId: string;
  excerpt: Pick<Evidence, 'paragraph' | 'offset' | 'quote'> | null;
}

export interface ReaderSlice {
  reading: Reading | null;
  openReader: (reading: Reading) => void;
  closeReader: () => void;
}

export const createReaderSlice: StateCreator<ViewStore, [], [], ReaderSlice> = (set) => ({
  reading: null,
  openReader: (reading) => set({ reading }),
  closeReader: () => set({ reading: null }),
});
