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
 * A group: collapsed, one node standing for its members; or open, its members drawn
 * around a hub that keeps the group's ties to the groups still closed.
 */
export interface Group {
  /** `group:<key>`: the closed group's node, or the open group's hub. */
  id: string;
  key: string;
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
  /** Every group, closed or open, in the order of its first member in the dataset. */
  groups: Group[];
  /** Entities drawn as themselves: the members of open groups, in dataset order. */
  entities: string[];
  /** Relations drawn as themselves: both ends are drawn entities. */
  relations: string[];
  ties: GroupTie[];
  /** Which group each visible entity is in, by entity id. */
  groupOf: GroupAssignment;
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
 * @example groupGraph(index, visible, groups, new Set()).groups.length // one per group
 */
export function groupGraph(
  index: DatasetIndex,
  visible: VisibleGraph,
  groupOf: GroupAssignment,
  open: ReadonlySet<string>,
): GroupGraph {
  const members = new Map<string, string[]>();
  const entities: string[] = [];
  for (const entity of index.dataset.entities) {
    const key = groupOf.get(entity.id);
    if (key === undefined || !visible.entities.has(entity.id)) continue;
    if (open.has(key)) entities.push(entity.id);
    const list = members.get(key);
    if (list === undefined) members.set(key, [entity.id]);
    else list.push(entity.id);
  }
  // Each group's id once, not a string made per relation.
  const ids = new Map([...members.keys()].map((key) => [key, groupId(key)]));
  const degree = new Map<string, number>();
  const internal = new Map<string, number>();
  const relations: string[] = [];
  const ties = new Map<string, GroupTie>();
  for (const relation of index.dataset.relations) {
    if (!visible.relations.has(relation.id)) continue;
    const keyA = groupOf.get(relation.source);
    const keyB = groupOf.get(relation.target);
    if (keyA === undefined || keyB === undefined) continue;
    degree.set(relation.source, (degree.get(relation.source) ?? 0) + 1);
    degree.set(relation.target, (degree.get(relation.target) ?? 0) + 1);
    if (open.has(keyA) && open.has(keyB)) {
      relations.push(relation.id);
      continue;
    }
    const a = ids.get(keyA)!;
    const b = ids.get(keyB)!;
    if (a === b) {
      internal.set(a, (internal.get(a) ?? 0) + 1);
      continue;
    }
    const [source, target] = a < b ? [a, b] : [b, a];
    const id = `${GROUP_TIE_ID_PREFIX}${source}|${target}`;
    let tie = ties.get(id);
    if (tie === undefined) {
      tie = {
        id,
        source,
        target,
        count: 0,
        stances: { cooperation: 0, conflict: 0, structural: 0, unclassified: 0 },
        stance: 'unclassified',
      };
      ties.set(id, tie);
    }
    tie.count += 1;
    tie.stances[classifyRelation(relation).stance] += 1;
  }
  for (const tie of ties.values())
    tie.stance = STANCE_ORDER.reduce((best, s) => (tie.stances[s] > tie.stances[best] ? s : best));
  const groups = [...members].map(([key, list]): Group => {
    const id = ids.get(key)!;
    const leaders = [...list]
      .sort((x, y) => (degree.get(y) ?? 0) - (degree.get(x) ?? 0))
      .slice(0, LEADERS);
    return {
      id,
      key,
      open: open.has(key),
      members: list,
      leaders,
      internal: internal.get(id) ?? 0,
    };
  });
  return { groups, entities, relations, ties: [...ties.values()], groupOf };
}
