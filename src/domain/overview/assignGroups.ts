import type { EntityKind } from '../dataset/datasetSchema.ts';
import type { DatasetIndex } from '../dataset/indexDataset.ts';
import type { VisibleGraph } from '../graph/filterGraph.ts';

/** How the overview gathers entities into groups. */
export const GROUPINGS = ['state', 'kind', 'community'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** The community of each entity, by id, numbered from 1 (see detectCommunities). */
export type Communities = Readonly<Record<string, number>>;

/**
 * More state groups than this is no overview: the grouping then falls back to
 * communities (a synthetic 5,000-entity set has 650 states and blocs).
 */
export const MAX_STATE_GROUPS = 150;

/** Which group each visible entity is in, by entity id; a group's key is a slug. */
export type GroupAssignment = ReadonlyMap<string, string>;

const otherKey = (kind: EntityKind) => `other-${kind}`;

/**
 * Groups by state, the roll-up's rule taken one step further: every state and bloc
 * is a group of its own; an official joins the state or bloc their first visible
 * holds-office relation names (as rollUp stands them in for it); any other entity
 * (a meeting, a topic, an official without an office) joins the group most of its
 * visible neighbours are in after that, the first in dataset order on a tie. What
 * reaches no group is gathered by kind (`other-meeting`). Nothing is guessed: a
 * group only follows relations the dataset states.
 */
function byState(index: DatasetIndex, visible: VisibleGraph): Map<string, string> {
  const groups = new Map<string, string>();
  const shown = index.dataset.entities.filter((e) => visible.entities.has(e.id));
  for (const entity of shown)
    if (entity.kind === 'state' || entity.kind === 'bloc') groups.set(entity.id, entity.id);
  for (const entity of shown) {
    if (entity.kind !== 'official') continue;
    const office = (index.relationsByEntity.get(entity.id) ?? []).find(
      (r) =>
        r.kind === 'holds-office' &&
        r.source === entity.id &&
        visible.relations.has(r.id) &&
        groups.get(r.target) === r.target,
    );
    if (office !== undefined) groups.set(entity.id, office.target);
  }
  const anchored = new Map(groups);
  for (const entity of shown) {
    if (anchored.has(entity.id)) continue;
    const votes = new Map<string, number>();
    for (const r of index.relationsByEntity.get(entity.id) ?? []) {
      if (!visible.relations.has(r.id)) continue;
      const group = anchored.get(r.source === entity.id ? r.target : r.source);
      if (group !== undefined) votes.set(group, (votes.get(group) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [group, count] of votes)
      if (best === undefined || count > votes.get(best)!) best = group;
    groups.set(entity.id, best ?? otherKey(entity.kind));
  }
  return groups;
}

/**
 * Which group each visible entity is in. `communities` are needed for the community
 * grouping; an entity they leave out (added since they were computed) is gathered
 * by kind.
 * @example assignGroups(seed, filterGraph(seed, DEFAULT_VIEW), 'state', null).get('sergey-lavrov') // 'russia'
 */
export function assignGroups(
  index: DatasetIndex,
  visible: VisibleGraph,
  grouping: Grouping,
  communities: Communities | null,
): GroupAssignment {
  if (grouping === 'state') return byState(index, visible);
  const groups = new Map<string, string>();
  for (const entity of index.dataset.entities) {
    if (!visible.entities.has(entity.id)) continue;
    const community = communities?.[entity.id];
    groups.set(
      entity.id,
      grouping === 'kind'
        ? entity.kind
        : community === undefined
          ? otherKey(entity.kind)
          : `c${community}`,
    );
  }
  return groups;
}

/**
 * The grouping an overview uses when the view names none: by state when that gives
 * an overview (some states, at most MAX_STATE_GROUPS groups), else by community when
 * communities are known, else by kind.
 */
export function defaultGrouping(
  index: DatasetIndex,
  visible: VisibleGraph,
  communities: Communities | null,
): Grouping {
  let states = 0;
  for (const entity of index.dataset.entities) {
    if (!visible.entities.has(entity.id)) continue;
    if (entity.kind === 'state' || entity.kind === 'bloc') states += 1;
  }
  if (states > 0 && states <= MAX_STATE_GROUPS) return 'state';
  return communities === null ? 'kind' : 'community';
}
