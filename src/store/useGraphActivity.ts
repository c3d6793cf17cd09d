import { create } from 'zustand';
import type { GraphActivity } from '../domain/view/graphActivity.ts';

interface GraphActivityStore {
  activity: GraphActivity;
  setActivity: (activity: GraphActivity) => void;
}

/**
 * What the graph view reports it is doing (laying out, drawing, or done), for the
 * status line. Transient: not part of the view, nor of the link.
 */
export const useGraphActivity = create<GraphActivityStore>()((set) => ({
  activity: null,
  setActivity: (activity) => {
    set({ activity });
  },
}));
