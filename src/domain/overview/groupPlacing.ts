import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { filterGraph } from '../graph/filterGraph.ts';
import { DEFAULT_VIEW } from '../view/viewState.ts';
import {
  assignGroups,
  followsRelations,
  type Communities,
  type GroupAssignment,
  type Grouping,
} from './assignGroups.ts';

/**
 * What decides where the overview's groups go, the same whatever the filters: the
 * groups of the whole dataset, largest first (in order of first member among equals),
 * then any group only a filter makes; and each one's members in the whole dataset
 * (a group only a filter makes: its members now), which size the room it is given.
 * Placed from the filtered groups, a filter moved every group: hiding officials at
 * 5,000 synthetic entities shrank the largest community from 292 to 181 members,
 * and keeping officials and meetings only reordered all 32 communities, so each
 * landed where another had been.
 */
export interface GroupPlacing {
  /** The whole dataset's groups, largest first. */
  keys: readonly string[];
  /** The groups only a filter makes, in order of first member. */
  made: readonly string[];
  /** Each group's members, in the whole dataset (a group only a filter makes: now). */
  members: ReadonlyMap<string, number>;
}

/**
 * The placing of the groups of `current` (the visible graph's assignment) from the
 * assignment of the whole dataset, `whole`.
 * @example placingOf(new Map([['a', 'x'], ['b', 'y'], ['c', 'y']]), new Map([['c', 'z']])) // { keys: ['y', 'x'], made: ['z'], members: Map { x → 1, y → 2, z → 1 } }
 */
export function placingOf(whole: GroupAssignment, current: GroupAssignment): GroupPlacing {
  const members = new Map<string, number>();
  for (const key of whole.values()) members.set(key, (members.get(key) ?? 0) + 1);
  // Sorted stably: among groups of equal size, the order of their first members.
  const keys = [...members.keys()].sort((a, b) => members.get(b)! - members.get(a)!);
  // A group a filter makes (by state, an entity regrouped by its visible neighbours,
  // or gathered by kind without them) is sized as it is now.
  const made = new Map<string, number>();
  for (const key of current.values())
    if (!members.has(key)) made.set(key, (made.get(key) ?? 0) + 1);
  for (const [key, count] of made) members.set(key, count);
  return { keys, made: [...made.keys()], members };
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
    const isWhole = !followsRelations(grouping) && current.size === index.dataset.entities.length;
    const groups = isWhole
      ? current
      : assignGroups(index, filterGraph(index, DEFAULT_VIEW), grouping, communities);
    whole = { communities, groups };
    byGrouping.set(grouping, whole);
  }
  return placingOf(whole.groups, current);
}
