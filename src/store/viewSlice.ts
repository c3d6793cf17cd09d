import type { StateCreator } from 'zustand';
import type { EntityKind } from '../domain/dataset/datasetSchema.ts';
import type { Grouping } from '../domain/overview/assignGroups.ts';
import { parentKey } from '../domain/overview/groupGraph.ts';
import type { RelationKind, Stance } from '../domain/relations/relationKinds.ts';
import { pinAt, unpin } from '../domain/view/pinAt.ts';
import { toggleInFilter } from '../domain/view/toggleInFilter.ts';
import {
  DEFAULT_VIEW,
  defaultsOf,
  ENUM_VALUES,
  FILTER_FIELDS,
  FOCUS_FIELDS,
  type QuadFilter,
  type ViewState,
  type Viewport,
} from '../domain/view/viewState.ts';
import type { ViewStore } from './useViewStore.ts';

/**
 * How a change enters the browser history: discrete changes (selection, lens, a
 * filter) are steps Back and Forward walk through; typing and panning replace the
 * current step; restoring from history writes nothing.
 */
export type HistoryMode = 'push' | 'replace' | 'none';

export interface ViewSlice {
  view: ViewState;
  /** How the last change should be written to the URL. */
  historyMode: HistoryMode;
  setView: (patch: Partial<ViewState>, mode?: HistoryMode) => void;
  select: (id: string) => void;
  clearSelection: () => void;
  openReader: (excerpt: number) => void;
  closeReader: () => void;
  setLens: (lens: string | null) => void;
  toggleEntityKind: (kind: EntityKind) => void;
  toggleStance: (stance: Stance) => void;
  toggleRelationKind: (kind: RelationKind) => void;
  toggleQuadClass: (quadClass: QuadFilter) => void;
  toggleArticle: (articleId: string, all: readonly string[]) => void;
  setSearch: (text: string) => void;
  focusOn: (id: string) => void;
  expand: (id: string) => void;
  clearFocus: () => void;
  setViewport: (viewport: Viewport) => void;
  setRollUp: (rollup: boolean) => void;
  /** Keeps an entity at a point of the graph, whatever the layout. */
  pin: (id: string, x: number, y: number) => void;
  unpin: (id: string) => void;
  unpinAll: () => void;
  clearFilters: () => void;
  /** Opens a group of the overview into its members, in place. */
  openGroup: (key: string) => void;
  closeGroup: (key: string) => void;
  closeAllGroups: () => void;
  /** Groups the overview another way (null lets the app choose); open groups close. */
  setGrouping: (grouping: Grouping | null) => void;
  /** Draws every entity (true) or the overview (false). */
  setDrawAll: (drawAll: boolean) => void;
  setAllTies: (allTies: boolean) => void;
  /** Back to the whole graph with nothing selected; the dataset, pins and language stay. */
  resetView: () => void;
}

export const createViewSlice: StateCreator<ViewStore, [], [], ViewSlice> = (set, get) => {
  const change = (patch: Partial<ViewState>, mode: HistoryMode = 'push') =>
    set((state) => ({ view: { ...state.view, ...patch }, historyMode: mode }));
  return {
    view: DEFAULT_VIEW,
    historyMode: 'none',
    setView: change,
    select: (id) => {
      set({ evidenceHighlight: null });
      change({ selected: id, reading: null });
    },
    clearSelection: () => {
      set({ evidenceHighlight: null });
      change({ selected: null, reading: null });
    },
    openReader: (excerpt) => change({ reading: excerpt }),
    closeReader: () => change({ reading: null }),
    setLens: (lens) => {
      change({ lens });
      get().requestFit();
    },
    toggleEntityKind: (kind) =>
      change({
        entityKinds: toggleInFilter(get().view.entityKinds, kind, ENUM_VALUES.entityKinds),
      }),
    toggleStance: (stance) =>
      change({ stances: toggleInFilter(get().view.stances, stance, ENUM_VALUES.stances) }),
    toggleRelationKind: (kind) =>
      change({
        relationKinds: toggleInFilter(get().view.relationKinds, kind, ENUM_VALUES.relationKinds),
      }),
    toggleQuadClass: (quadClass) =>
      change({
        quadClasses: toggleInFilter(get().view.quadClasses, quadClass, ENUM_VALUES.quadClasses),
      }),
    toggleArticle: (articleId, all) =>
      change({ articles: toggleInFilter(get().view.articles, articleId, all) }),
    setSearch: (search) => change({ search }, 'replace'),
    focusOn: (id) => change({ focus: id, expanded: [] }),
    expand: (id) => {
      const { expanded } = get().view;
      if (!expanded.includes(id)) change({ expanded: [...expanded, id] });
    },
    clearFocus: () => change(defaultsOf(FOCUS_FIELDS)),
    setViewport: (viewport) => change({ viewport }, 'replace'),
    setRollUp: (rollup) => change({ rollup }),
    pin: (id, x, y) => change({ pins: pinAt(get().view.pins, id, x, y) }),
    unpin: (id) => change({ pins: unpin(get().view.pins, id) }),
    unpinAll: () => change({ pins: [] }),
    // Pins are where the analyst put things, not a way of looking: they stay, as
    // does the language the analyst reads.
    resetView: () => {
      const { data, dataVersion, pins, lang } = get().view;
      change({ ...DEFAULT_VIEW, data, dataVersion, pins, lang });
    },
    clearFilters: () => change(defaultsOf(FILTER_FIELDS)),
    // A part opens in its group: the group too, should only the selection hold it open.
    openGroup: (key) => {
      const { openGroups } = get().view;
      const parent = parentKey(key);
      const adding = [parent ?? key, key].filter(
        (k, i, all) => !openGroups.includes(k) && all.indexOf(k) === i,
      );
      if (adding.length > 0) change({ openGroups: [...openGroups, ...adding] });
    },
    // A group closes with its parts, which would otherwise open with it next time; a
    // part closes inside its group, which stays open even if only the selection held it.
    closeGroup: (key) => {
      const parent = parentKey(key);
      const kept = get().view.openGroups.filter((k) => k !== key && parentKey(k) !== key);
      change({
        openGroups: parent === null || kept.includes(parent) ? kept : [parent, ...kept],
      });
    },
    closeAllGroups: () => change({ openGroups: [] }),
    setGrouping: (grouping) => change({ grouping, openGroups: [] }),
    setDrawAll: (drawAll) => change({ drawAll }),
    setAllTies: (allTies) => change({ allTies }),
  };
};
