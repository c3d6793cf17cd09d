import { useCommunities } from '../dataset/useCommunities.ts';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import type { VisibleGraph } from '../domain/graph/filterGraph.ts';
import {
  assignGroups,
  groupingByStates,
  groupingWithout,
  type Communities,
  type GroupAssignment,
  type Grouping,
} from '../domain/overview/assignGroups.ts';
import {
  groupGraph,
  OPEN_WHOLE_MAX,
  partKey,
  type GroupGraph,
  type GroupTie,
} from '../domain/overview/groupGraph.ts';
import { groupPlacing, type GroupPlacing } from '../domain/overview/groupPlacing.ts';
import { strongestTies } from '../domain/overview/strongestTies.ts';
import { OVERVIEW_MIN_ELEMENTS, showsOverview } from '../domain/overview/overviewThreshold.ts';
import { usePaths } from './usePaths.ts';
import { useViewStore } from './useViewStore.ts';
import { visibleGraphOf } from './useVisibleGraph.ts';

/** What the overview of a large graph shows. */
export interface Overview {
  /** The grouping in use: the view's, or the one chosen for it. */
  grouping: Grouping;
  /** Whether the view named no grouping and the app chose it. */
  isChosen: boolean;
  graph: GroupGraph;
  /** Every group's key (open or not), in order of first member. */
  keys: readonly string[];
  /**
   * The keys of the groups (and parts of groups) drawn open: those the view opens, and
   * those the selection, path or focus reaches into.
   */
  open: ReadonlySet<string>;
  /** The ties drawn: each group's strongest (see strongestTies), or all the graph's if the view asks. */
  ties: readonly GroupTie[];
  /** Where the groups go, the same whatever the filters. */
  placing: GroupPlacing;
  /** Whether every group is open because the filters leave no more than a small graph. */
  opensAll: boolean;
}

let assigned: {
  visible: VisibleGraph;
  grouping: Grouping;
  communities: Communities | null;
  groups: GroupAssignment;
  keys: string[];
} | null = null;
function groupsOf(
  index: DatasetIndex,
  visible: VisibleGraph,
  grouping: Grouping,
  communities: Communities | null,
) {
  if (
    assigned?.visible !== visible ||
    assigned.grouping !== grouping ||
    assigned.communities !== communities
  ) {
    const groups = assignGroups(index, visible, grouping, communities);
    assigned = { visible, grouping, communities, groups, keys: [...new Set(groups.values())] };
  }
  return assigned;
}

let grouped: { groups: GroupAssignment; openKey: string; graph: GroupGraph } | null = null;
function graphOf(
  index: DatasetIndex,
  visible: VisibleGraph,
  groups: GroupAssignment,
  open: ReadonlySet<string>,
  openWholeMax: number,
) {
  const openKey = `${[...open].sort().join(',')}|${openWholeMax}`;
  if (grouped?.groups !== groups || grouped.openKey !== openKey)
    grouped = { groups, openKey, graph: groupGraph(index, visible, groups, open, openWholeMax) };
  return grouped.graph;
}

/**
 * Lets go of the last overview's caches while none is shown: its closed overview holds
 * each group's relations.
 */
function forgetOverview() {
  assigned = null;
  grouped = null;
}

/** Whether the graph shows an overview of groups rather than every entity. */
export function useShowsOverview(): boolean {
  const index = useDatasetIndex();
  const drawAll = useViewStore((s) => s.view.drawAll);
  return showsOverview(index.dataset, drawAll);
}

/**
 * The overview of the visible subgraph, derived, never stored; null when the graph
 * is drawn whole (a small dataset, or every entity asked for). Opening follows what
 * the analyst reaches for: the group of the selection (both ends of a selected
 * relation), of the focus and of the entities on the drawn path open by themselves,
 * and when the filters leave no more than a small graph's worth, every group opens.
 */
export function useOverview(): Overview | null {
  const index = useDatasetIndex();
  const view = useViewStore((s) => s.view);
  const paths = usePaths();
  const isShown = showsOverview(index.dataset, view.drawAll);
  const visible = visibleGraphOf(index, view);
  // Communities are found (in a worker) only where they are used: chosen, or the
  // default when neither states nor continents give an overview (defaultGrouping).
  const byStates = view.grouping === null ? groupingByStates(index, visible) : null;
  const wantsCommunities =
    isShown && (view.grouping === 'community' || (view.grouping === null && byStates === null));
  const communities = useCommunities(index, wantsCommunities);
  if (!isShown) {
    forgetOverview();
    return null;
  }
  const grouping = view.grouping ?? byStates ?? groupingWithout(communities);
  const { groups, keys } = groupsOf(index, visible, grouping, communities);
  let open: Set<string>;
  // A small graph's worth is drawn whole, every group at once and none in parts.
  const isSmall = visible.entities.size + visible.relations.size <= OVERVIEW_MIN_ELEMENTS;
  if (isSmall) open = new Set(keys);
  else {
    open = new Set(view.openGroups);
    const reach = (id: string | null) => {
      if (id === null) return;
      const relation = index.relationById.get(id);
      for (const end of relation === undefined ? [id] : [relation.source, relation.target]) {
        const key = groups.get(end);
        if (key === undefined) continue;
        open.add(key);
        // And its part, should the group be too large to open whole.
        const kind = index.entityById.get(end)?.kind;
        if (kind !== undefined) open.add(partKey(key, kind));
      }
    };
    reach(view.selected);
    reach(view.focus);
    for (const id of paths?.drawn ?? []) reach(id);
  }
  const graph = graphOf(index, visible, groups, open, isSmall ? Infinity : OPEN_WHOLE_MAX);
  return {
    grouping,
    isChosen: view.grouping === null,
    graph,
    keys,
    open: openIn(graph),
    ties: view.allTies ? graph.ties : strongestOf(graph),
    placing: placingOf(index, grouping, communities, groups),
    opensAll: isSmall,
  };
}

const placings = new WeakMap<ReadonlyMap<string, string>, GroupPlacing>();
/** The placing of an assignment's groups, found once per assignment. */
function placingOf(
  index: DatasetIndex,
  grouping: Grouping,
  communities: Communities | null,
  groups: GroupAssignment,
): GroupPlacing {
  let placing = placings.get(groups);
  if (placing === undefined) {
    placing = groupPlacing(index, grouping, communities, groups);
    placings.set(groups, placing);
  }
  return placing;
}

const strongest = new WeakMap<GroupGraph, GroupTie[]>();
/** The ties of a group graph drawn when not all are asked for, found once per graph. */
function strongestOf(graph: GroupGraph): readonly GroupTie[] {
  let ties = strongest.get(graph);
  if (ties === undefined) {
    ties = strongestTies(graph);
    strongest.set(graph, ties);
  }
  return ties;
}

const openKeys = new WeakMap<GroupGraph, ReadonlySet<string>>();
/** The keys of the groups and parts a group graph draws open. */
function openIn(graph: GroupGraph): ReadonlySet<string> {
  let keys = openKeys.get(graph);
  if (keys === undefined) {
    keys = new Set(graph.groups.filter((g) => g.open).map((g) => g.key));
    openKeys.set(graph, keys);
  }
  return keys;
}
