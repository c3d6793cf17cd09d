import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { filterGraph } from '../graph/filterGraph.ts';
import { DEFAULT_VIEW } from '../view/viewState.ts';
import {
  assignGroups,
  type Communities,
  type GroupAssignment,
  type Grouping,
} from './assignGroups.ts';

/**
 * What decides where the overview's groups go, the same whatever the filters: the
 * order of the groups of the whole dataset (by first member), then any group only a
 * filter makes; and the number of members of the largest group, which spaces them
 * (the whole dataset's, unless a filter regroups entities into a larger one).
 * Placed from the filtered groups, a filter moved every group: hiding officials at
 * 5,000 synthetic entities shrank the largest community from 292 to 181 members
 * (and the spacing with it), and keeping officials and meetings only reordered all
 * 32 communities, so each landed where another had been.
 */
export interface GroupPlacing {
  keys: readonly string[];
  largest: number;
}

/**
 * The placing of the groups of `current` (the visible graph's assignment) from the
 * assignment of the whole dataset, `whole`.
 * @example placingOf(new Map([['a', 'x'], ['b', 'y'], ['c', 'y']]), new Map([['c', 'y']])) // { keys: ['x', 'y'], largest: 2 }
 */
export function placingOf(whole: GroupAssignment, current: GroupAssignment): GroupPlacing {
  const counts = new Map<string, number>();
  for (const key of whole.values()) counts.set(key, (counts.get(key) ?? 0) + 1);
  const keys = [...counts.keys()];
  // A group a filter makes (by state, an entity regrouped by its visible neighbours,
  // or gathered by kind without them) comes after; one a filter makes larger than any
  // of the whole dataset's spaces them all wider, so it can open among them.
  const now = new Map<string, number>();
  for (const key of current.values()) now.set(key, (now.get(key) ?? 0) + 1);
  for (const key of now.keys()) if (!counts.has(key)) keys.push(key);
  return { keys, largest: Math.max(1, ...counts.values(), ...now.values()) };
}

type WholeAssignments = Map<Grouping, { communities: Communities | null; groups: GroupAssignment }>;
const wholeAssignments = new WeakMap<DatasetIndex, WholeAssignments>();

/**
 * The placing of the current groups, from the whole dataset's grouping, which is
 * found once per dataset, grouping and communities.
 */
export function groupPlacing(
  index: DatasetIndex,
  grouping: Grouping,
  communities: Communities | null,
  current: GroupAssignment,
): GroupPlacing {
  let byGrouping = wholeAssignments.get(index);
  if (byGrouping === undefined)
    wholeAssignments.set(index, (byGrouping = new Map() as WholeAssignments));
  let whole = byGrouping.get(grouping);
  if (whole?.communities !== communities) {
    // By community or kind an entity's group is its own: an assignment of every
    // entity (an unfiltered view, the usual first load) is the whole one already.
    const isWhole = grouping !== 'state' && current.size === index.dataset.entities.length;
    const groups = isWhole
      ? current
      : assignGroups(index, filterGraph(index, DEFAULT_VIEW), grouping, communities);
    whole = { communities, groups };
    byGrouping.set(grouping, whole);
  }
  return placingOf(whole.groups, current);
}
