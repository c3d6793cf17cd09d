import type { StateCreator } from 'zustand';
import type { ViewStore } from './useViewStore.ts';

/** The ends of a path question as far as the analyst has chosen them. */
export interface PathEnds {
  from: string | null;
  to: string | null;
}

export interface PathSlice {
  /**
   * The ends chosen while the question is not complete yet (the view's `path` holds
   * it once both are chosen); null when nothing is being asked.
   */
  pathDraft: PathEnds | null;
  /** Counts requests to open the Paths panel, so it can move the keyboard focus there. */
  pathsOpened: number;
  /** Opens the Paths panel, from an entity when one is given. */
  openPaths: (from?: string) => void;
  /** Sets one end; with two different ends the paths are asked for, the first one shown. */
  choosePathEnd: (end: keyof PathEnds, id: string) => void;
  /** "How is B connected to A?": the same paths, read from the other end. */
  swapPathEnds: () => void;
  showPath: (shown: 1 | 2 | 3) => void;
  closePaths: () => void;
  /** Selects an entity or relation and opens one of its excerpts in the reader, as one step. */
  readExcerptOf: (id: string, excerpt: number) => void;
}

export const createPathSlice: StateCreator<ViewStore, [], [], PathSlice> = (set, get) => {
  const ask = ({ from, to }: PathEnds) => {
    const { view, setView } = get();
    if (from !== null && to !== null && from !== to) {
      set({ pathDraft: null });
      setView({ path: { from, to, shown: 1 } });
      return;
    }
    set({ pathDraft: { from, to } });
    if (view.path !== null) setView({ path: null });
  };
  const currentEnds = (): PathEnds =>
    get().view.path ?? get().pathDraft ?? { from: null, to: null };
  return {
    pathDraft: null,
    pathsOpened: 0,
    openPaths: (from) => {
      set((state) => ({ pathsOpened: state.pathsOpened + 1 }));
      if (from !== undefined) ask({ ...currentEnds(), from });
      else if (get().view.path === null && get().pathDraft === null)
        set({ pathDraft: { from: null, to: null } });
    },
    choosePathEnd: (end, id) => ask({ ...currentEnds(), [end]: id }),
    swapPathEnds: () => {
      const { from, to } = currentEnds();
      ask({ from: to, to: from });
    },
    showPath: (shown) => {
      const { path } = get().view;
      if (path !== null && path.shown !== shown) get().setView({ path: { ...path, shown } });
    },
    closePaths: () => {
      set({ pathDraft: null });
      if (get().view.path !== null) get().setView({ path: null });
    },
    readExcerptOf: (id, excerpt) => {
      set({ evidenceHighlight: null });
      get().setView({ selected: id, reading: excerpt });
    },
  };
};
