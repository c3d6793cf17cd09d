import { create } from 'zustand';
import { createReaderSlice, type ReaderSlice } from './readerSlice.ts';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice.ts';

/** The analyst's view of the dataset. The dataset itself lives in the query cache. */
export type ViewStore = SelectionSlice &
  ReaderSlice & {
    /** The language entity names are shown in (BCP 47); English until the UI gets a language switch. */
    language: string;
  };

export const useViewStore = create<ViewStore>()((...a) => ({
  language: 'en',
  ...createSelectionSlice(...a),
  ...createReaderSlice(...a),
}));
