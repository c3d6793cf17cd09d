import { ENTITY_KINDS, type EntityKind } from '../dataset/datasetVocabulary.ts';
import type { DatasetIndex } from '../dataset/indexDataset.ts';
import type { VisibleGraph } from '../graph/filterGraph.ts';
import { classifyRelation } from '../relations/classifyRelation.ts';
import type { Stance } from '../relations/relationKinds.ts';
import type { GroupAssignment } from './assignGroups.ts';

/** The prefix of a collapsed group's id; dataset ids never contain a colon. */
export const GROUP_ID_PREFIX = 'group:';
/** The prefix of a tie between groups (or a group and an entity). */
export const GROUP_TIE_ID_PREFIX = 'grouptie:';

/** How many of a group's most connected members name it. */
const LEADERS = 2;

/**
 * A group of up to this many visible members opens into them at once; a larger one
 * opens into its parts first, one per kind of member ("officials", "meetings"), each
 * opening in turn. Opening costs Cytoscape about 0.5 ms per member with its relations
 * on this machine (the bench's "open a group"). A part opens whole at any size: at
 * 20,000 synthetic entities the largest has 356 members (226 ms in the bench).
 */
export const OPEN_WHOLE_MAX = 250;

/**
 * Between a group's key and the kind of one of its parts: `c7--official`. Dataset ids
 * and group keys never hold two hyphens in a row, so a part's key is never another's.
 */
const PART_SEPARATOR = '--';

/** The key of a group's part holding its members of one kind. */
export const partKey = (group: string, kind: EntityKind) => `${group}${PART_SEPARATOR}${kind}`;

/** The key of the group a part belongs to, or null for a key that is no part's. */
export function parentKey(key: string): string | null {
  const at = key.lastIndexOf(PART_SEPARATOR);
  return at <= 0 ? null : key.slice(0, at);
}

/** The kind of a part's members, or null for a key that is no part's. */
export function partKind(key: string): EntityKind | null {
  const at = key.lastIndexOf(PART_SEPARATOR);
  if (at <= 0) return null;
  const kind = key.slice(at + PART_SEPARATOR.length);
  return (ENTITY_KINDS as readonly string[]).includes(kind) ? (kind as EntityKind) : null;
}

/**
 * A group: collapsed, one node standing for its members; or open, its members drawn
 * around a hub that keeps the group's ties to the groups still closed.
 */
export interface Group {
  /** `group:<key>`: the closed group's node, or the open group's hub. */
  id: string;
  key: string;
  /** The key of the group it is a part of (it holds that group's members of one kind), or null. */
  parent: string | null;
  /** Open: drawn as a hub with its members, or (past OPEN_WHOLE_MAX members) with its parts, around it. */
  open: boolean;
  /** Its visible members, in dataset order. */
  members: string[];
  /** The most connected members (by visible relations), most connected first: its label. */
  leaders: string[];
  /** Visible relations with both ends in the group, counted in it while it is closed (0 when open: they are drawn). */
  internal: number;
}

/** Relations between two groups, at least one of them closed (an open one by its hub). */
export interface GroupTie {
  /** `grouptie:<a>|<b>`, the ends sorted. */
  id: string;
  source: string;
  target: string;
  /** How many visible relations it stands for. */
  count: number;
  /** How many of them have each stance. */
  stances: Record<Stance, number>;
  /** The stance most of them have (the first in stance order on a tie): its colour. */
  stance: Stance;
}

/** What the overview draws: groups (closed, or open as hubs), the entities of open groups, and what joins them. */
export interface GroupGraph {
  /**
   * Every group, closed or open, in the order of its first member in the dataset; an
   * open group's parts, if it has them, follow it in kind order.
   */
  groups: Group[];
  /** Entities drawn as themselves: the members of open groups, in dataset order. */
  entities: string[];
  /** Relations drawn as themselves: both ends are drawn entities. */
  relations: string[];
  ties: GroupTie[];
  /** Which group each visible entity is in, by entity id. */
  groupOf: GroupAssignment;
  /** Which part each member of a group open in parts is in, by entity id. */
  partOf: ReadonlyMap<string, string>;
}

const STANCE_ORDER: readonly Stance[] = ['cooperation', 'conflict', 'structural', 'unclassified'];

/** The id of the collapsed group with this key. */
export const groupId = (key: string) => `${GROUP_ID_PREFIX}${key}`;

/**
 * The group graph of the visible subgraph: each group closed unless its key is in
 * `open`; an open group is drawn as its members and the relations among drawn
 * entities (of it, or of another open group). A relation from an open group's member
 * to a closed group is counted in the tie between the two groups, which the open
 * group keeps at its hub: opening a group adds its members and their relations, not a
 * tie per member and group (at 20,000 entities, opening the largest group drew 2,159
 * such ties for its 878 members). Every pair of groups joined by visible relations
 * gets one tie counting them; relations inside a closed group are counted in it.
 *
 * An open group of more than `openWholeMax` members of at least two kinds opens into
 * its parts, one per kind, each a group of its own, closed unless its key
 * (`partKey`) is in `open` too. Its ties to other groups stay at its hub; relations
 * between its parts are tied part to part; a part that opens draws its members. A
 * group of one kind (grouped by kind, or other-meeting) opens whole.
 * @example groupGraph(index, visible, groups, new Set()).groups.length // one per group
 */
export function groupGraph(
  index: DatasetIndex,
  visible: VisibleGraph,
  groupOf: GroupAssignment,
  open: ReadonlySet<string>,
  openWholeMax = OPEN_WHOLE_MAX,
): GroupGraph {
  const closed = closedOverview(index, visible, groupOf);
  const { members, relationsOf } = closed;
  const openKeys = [...members.keys()].filter((key) => open.has(key));
  const { partOf, partsOf } = openInParts(index, members, openKeys, openWholeMax);
  const isDrawn = (id: string, key: string) => open.has(partOf.get(id) ?? key);
  const ids = new Map(closed.ids);
  for (const key of partOf.values()) if (!ids.has(key)) ids.set(key, groupId(key));
  // The closed overview's ties, but those between two open groups, which are counted
  // again below from the relations that do not join two drawn entities.
  const ties = new Map<string, GroupTie>();
  for (const [id, tie] of closed.ties)
    if (!(open.has(closed.keyOf.get(tie.source)!) && open.has(closed.keyOf.get(tie.target)!)))
      ties.set(id, tie);
  const internal = new Map<string, number>();
  const relations: string[] = [];
  // Only the relations of open groups change: each change recounts theirs, not
  // the dataset's (at 20,000 entities the scan of 50,000 relations took ~70 ms).
  for (const key of openKeys) {
    for (const relation of relationsOf.get(key) ?? []) {
      const keyA = groupOf.get(relation.source)!;
      const keyB = groupOf.get(relation.target)!;
      const other = keyA === key ? keyB : keyA;
      // A relation between two open groups is in both lists: taken from the first key's.
      if (!open.has(other) || (other !== key && other < key)) continue;
      if (isDrawn(relation.source, keyA) && isDrawn(relation.target, keyB)) {
        relations.push(relation.id);
        continue;
      }
      // Between two groups, their hubs; inside a group open in parts, its parts'.
      const a = ids.get(keyA === keyB ? (partOf.get(relation.source) ?? keyA) : keyA)!;
      const b = ids.get(keyA === keyB ? (partOf.get(relation.target) ?? keyB) : keyB)!;
      if (a === b) internal.set(a, (internal.get(a) ?? 0) + 1);
      // Never a tie of the closed overview: those between two open groups were left out.
      else countIn(ties, a, b, relation);
    }
  }
  const inOrder = (list: string[], order: ReadonlyMap<string, number>) =>
    list.sort((x, y) => order.get(x)! - order.get(y)!);
  const entities: string[] = [];
  for (const key of openKeys) {
    const parts = partsOf.get(key);
    if (parts === undefined) entities.push(...members.get(key)!);
    else for (const [part, list] of parts) if (open.has(part)) entities.push(...list);
  }
  const group = (key: string, list: string[], parent: string | null): Group => {
    const id = ids.get(key)!;
    const isOpen = open.has(key);
    return {
      id,
      key,
      parent,
      open: isOpen,
      members: list,
      leaders: parent === null ? closed.leaders.get(key)! : leadersOf(list, closed.degree),
      internal:
        parent !== null ? (internal.get(id) ?? 0) : isOpen ? 0 : (closed.internal.get(id) ?? 0),
    };
  };
  const groups: Group[] = [];
  for (const [key, list] of members) {
    groups.push(group(key, list, null));
    for (const [part, partMembers] of partsOf.get(key) ?? [])
      groups.push(group(part, partMembers, key));
  }
  return {
    groups,
    entities: inOrder(entities, datasetOrder(index).entities),
    relations: inOrder(relations, datasetOrder(index).relations),
    ties: [...ties.values()],
    groupOf,
    partOf,
  };
}

/** A group's most connected members, most connected first (the first in dataset order on a tie). */
const leadersOf = (list: readonly string[], degree: ReadonlyMap<string, number>) =>
  [...list].sort((x, y) => (degree.get(y) ?? 0) - (degree.get(x) ?? 0)).slice(0, LEADERS);

/** A tie's id: its ends' group ids, sorted. */
const tieId = (source: string, target: string) => `${GROUP_TIE_ID_PREFIX}${source}|${target}`;

/** Counts a relation in the tie between two groups (by group id), made if missing. */
function countIn(
  ties: Map<string, GroupTie>,
  a: string,
  b: string,
  relation: DatasetIndex['dataset']['relations'][number],
): void {
  const [source, target] = a < b ? [a, b] : [b, a];
  const id = tieId(source, target);
  let tie = ties.get(id);
  if (tie === undefined) {
    tie = emptyTie(id, source, target);
    ties.set(id, tie);
  }
  count(tie, relation);
}

/** Counts a relation in a tie, which keeps its most common stance (the first in stance order on a tie). */
function count(tie: GroupTie, relation: DatasetIndex['dataset']['relations'][number]): void {
  const stance = classifyRelation(relation).stance;
  tie.count += 1;
  tie.stances[stance] += 1;
  // Only this stance's count grew: it is the most common now, or the last one still is.
  const [mine, best] = [tie.stances[stance], tie.stances[tie.stance]];
  if (
    mine > best ||
    (mine === best && STANCE_ORDER.indexOf(stance) < STANCE_ORDER.indexOf(tie.stance))
  )
    tie.stance = stance;
}

const orders = new WeakMap<
  DatasetIndex,
  { entities: ReadonlyMap<string, number>; relations: ReadonlyMap<string, number> }
>();
/** Each entity's and relation's place in the dataset, found once per dataset. */
function datasetOrder(index: DatasetIndex) {
  let order = orders.get(index);
  if (order === undefined) {
    order = {
      entities: new Map(index.dataset.entities.map((e, i) => [e.id, i])),
      relations: new Map(index.dataset.relations.map((r, i) => [r.id, i])),
    };
    orders.set(index, order);
  }
  return order;
}

const emptyTie = (id: string, source: string, target: string): GroupTie => ({
  id,
  source,
  target,
  count: 0,
  stances: { cooperation: 0, conflict: 0, structural: 0, unclassified: 0 },
  stance: 'unclassified',
});

/** What every group graph of one grouping starts from: all groups closed. */
interface ClosedOverview {
  /** Each group's visible members, in dataset order, groups in order of their first member. */
  members: Map<string, string[]>;
  /** Each group's id by key (and back). */
  ids: ReadonlyMap<string, string>;
  keyOf: ReadonlyMap<string, string>;
  /** Visible relations per entity. */
  degree: ReadonlyMap<string, number>;
  leaders: ReadonlyMap<string, string[]>;
  /** Relations inside each group, by group id. */
  internal: ReadonlyMap<string, number>;
  ties: ReadonlyMap<string, GroupTie>;
  /** The visible relations with an end in each group, by key. */
  relationsOf: ReadonlyMap<string, DatasetIndex['dataset']['relations'][number][]>;
}

const closedOverviews = new WeakMap<
  GroupAssignment,
  { visible: VisibleGraph; closed: ClosedOverview }
>();

/** The closed overview of a grouping, made once per visible graph and grouping. */
function closedOverview(
  index: DatasetIndex,
  visible: VisibleGraph,
  groupOf: GroupAssignment,
): ClosedOverview {
  const known = closedOverviews.get(groupOf);
  if (known?.visible === visible) return known.closed;
  const members = new Map<string, string[]>();
  for (const entity of index.dataset.entities) {
    const key = groupOf.get(entity.id);
    if (key === undefined || !visible.entities.has(entity.id)) continue;
    const list = members.get(key);
    if (list === undefined) members.set(key, [entity.id]);
    else list.push(entity.id);
  }
  // Each group's id once, not a string made per relation.
  const ids = new Map([...members.keys()].map((key) => [key, groupId(key)]));
  const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
  const degree = new Map<string, number>();
  const internal = new Map<string, number>();
  // Ties by their ends' ids, so that counting a relation makes no string.
  const tiesBetween = new Map<string, Map<string, GroupTie>>();
  const relationsOf = new Map<string, DatasetIndex['dataset']['relations'][number][]>();
  for (const relation of index.dataset.relations) {
    if (!visible.relations.has(relation.id)) continue;
    const keyA = groupOf.get(relation.source);
    const keyB = groupOf.get(relation.target);
    if (keyA === undefined || keyB === undefined) continue;
    degree.set(relation.source, (degree.get(relation.source) ?? 0) + 1);
    degree.set(relation.target, (degree.get(relation.target) ?? 0) + 1);
    for (const key of keyA === keyB ? [keyA] : [keyA, keyB]) {
      const list = relationsOf.get(key);
      if (list === undefined) relationsOf.set(key, [relation]);
      else list.push(relation);
    }
    const a = ids.get(keyA)!;
    const b = ids.get(keyB)!;
    if (a === b) internal.set(a, (internal.get(a) ?? 0) + 1);
    else {
      const [source, target] = a < b ? [a, b] : [b, a];
      let from = tiesBetween.get(source);
      if (from === undefined) tiesBetween.set(source, (from = new Map<string, GroupTie>()));
      let tie = from.get(target);
      if (tie === undefined)
        from.set(target, (tie = emptyTie(tieId(source, target), source, target)));
      count(tie, relation);
    }
  }
  const ties = new Map<string, GroupTie>();
  for (const from of tiesBetween.values()) for (const tie of from.values()) ties.set(tie.id, tie);
  const leaders = new Map([...members].map(([key, list]) => [key, leadersOf(list, degree)]));
  const closed: ClosedOverview = {
    members,
    ids,
    keyOf,
    degree,
    leaders,
    internal,
    ties,
    relationsOf,
  };
  closedOverviews.set(groupOf, { visible, closed });
  return closed;
}

/**
 * The parts of the open groups too large to open whole: each such group's members of
 * one kind, in kind order; and each of their members' part. A group of one kind has
 * none.
 */
function openInParts(
  index: DatasetIndex,
  members: ReadonlyMap<string, string[]>,
  openKeys: readonly string[],
  openWholeMax: number,
) {
  const partOf = new Map<string, string>();
  const partsOf = new Map<string, Map<string, string[]>>();
  for (const key of openKeys) {
    const list = members.get(key)!;
    if (list.length <= openWholeMax) continue;
    const byKind = new Map<EntityKind, string[]>();
    for (const id of list) {
      const kind = index.entityById.get(id)!.kind;
      const same = byKind.get(kind);
      if (same === undefined) byKind.set(kind, [id]);
      else same.push(id);
    }
    if (byKind.size < 2) continue;
    const parts = new Map<string, string[]>();
    for (const kind of ENTITY_KINDS) {
      const same = byKind.get(kind);
      if (same === undefined) continue;
      const part = partKey(key, kind);
      parts.set(part, same);
      for (const id of same) partOf.set(id, part);
    }
    partsOf.set(key, parts);
  }
  return { partOf, partsOf };
}
