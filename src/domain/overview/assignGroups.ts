import type { Entity, EntityKind } from '../dataset/datasetSchema.ts';
import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { CONTINENTS, continentOf, type Continent } from '../geo/continents.ts';
import type { VisibleGraph } from '../graph/filterGraph.ts';

/** How the overview gathers entities into groups. */
export const GROUPINGS = ['state', 'continent', 'kind', 'community'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** The community of each entity, by id, numbered from 1 (see detectCommunities). */
export type Communities = Readonly<Record<string, number>>;

/**
 * More state groups than this is no overview: the grouping then falls back to
 * continents where the states' country codes give them, else to communities (a
 * synthetic 5,000-entity set has 650 states and blocs, with no codes).
 */
export const MAX_STATE_GROUPS = 150;

/** Which group each visible entity is in, by entity id; a group's key is a slug. */
export type GroupAssignment = ReadonlyMap<string, string>;

const otherKey = (kind: EntityKind) => `other-${kind}`;

/**
 * The key of a continent's group, lower case as every group key (a link carries it).
 * @example continentKey('EU') // 'continent-eu'
 */
export const continentKey = (continent: Continent) => `continent-${continent.toLowerCase()}`;

/**
 * The continent of a continent's group key, or null for any other group.
 * @example keyContinent('continent-eu') // 'EU'
 */
export function keyContinent(key: string): Continent | null {
  if (!key.startsWith('continent-')) return null;
  const code = key.slice('continent-'.length).toUpperCase();
  return CONTINENTS.find((continent) => continent === code) ?? null;
}

/** The continent group of a state whose country code the continents table knows. */
const stateContinent = (entity: Entity): string | undefined => {
  if (entity.kind !== 'state' || entity.country === undefined) return undefined;
  const continent = continentOf(entity.country);
  return continent === null ? undefined : continentKey(continent);
};

/** A state's or bloc's group by state: its own. */
const ownGroup = (entity: Entity): string | undefined =>
  entity.kind === 'state' || entity.kind === 'bloc' ? entity.id : undefined;

/**
 * Groups around anchors, the roll-up's rule taken one step further. Each entity
 * `anchorOf` names a group for is in it (by state: each state and bloc is a group of
 * its own; by continent: each state with a known country code is in its continent's).
 * An official joins the group of the anchored state or bloc their first visible
 * holds-office relation names (as rollUp stands them in for it). Any other entity (a
 * meeting, a topic, by continent a bloc or a state without a code) joins the group
 * most of its visible neighbours are in after that, the first in dataset order on a
 * tie. An official whose office is only in such a bloc or state then follows it,
 * unless it reached no group; an official without an office votes too. What reaches
 * no group is gathered by kind (`other-meeting`). Nothing is guessed: a group only
 * follows what the dataset states.
 */
function byAnchors(
  index: DatasetIndex,
  visible: VisibleGraph,
  anchorOf: (entity: Entity) => string | undefined,
): Map<string, string> {
  const groups = new Map<string, string>();
  const shown = index.dataset.entities.filter((e) => visible.entities.has(e.id));
  for (const entity of shown) {
    const key = anchorOf(entity);
    if (key !== undefined) groups.set(entity.id, key);
  }
  const anchors = new Set(groups.keys());
  // Officials whose visible offices are all in entities that are no anchor, by the
  // first of those.
  const officeOf = new Map<string, string>();
  for (const entity of shown) {
    if (entity.kind !== 'official') continue;
    const offices = (index.relationsByEntity.get(entity.id) ?? []).filter(
      (r) => r.kind === 'holds-office' && r.source === entity.id && visible.relations.has(r.id),
    );
    const anchored = offices.find((r) => anchors.has(r.target));
    if (anchored !== undefined) groups.set(entity.id, groups.get(anchored.target)!);
    else if (offices[0] !== undefined) officeOf.set(entity.id, offices[0].target);
  }
  const anchored = new Map(groups);
  const vote = (entity: Entity) => {
    const votes = new Map<string, number>();
    for (const r of index.relationsByEntity.get(entity.id) ?? []) {
      if (!visible.relations.has(r.id)) continue;
      const group = anchored.get(r.source === entity.id ? r.target : r.source);
      if (group !== undefined) votes.set(group, (votes.get(group) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [group, count] of votes)
      if (best === undefined || count > votes.get(best)!) best = group;
    return best ?? otherKey(entity.kind);
  };
  for (const entity of shown)
    if (!anchored.has(entity.id) && !officeOf.has(entity.id)) groups.set(entity.id, vote(entity));
  for (const [official, office] of officeOf) {
    const group = groups.get(office);
    groups.set(
      official,
      group === undefined || group.startsWith('other-')
        ? vote(index.entityById.get(official)!)
        : group,
    );
  }
  return groups;
}

/**
 * Whether an entity's group depends on the relations shown (by state and by
 * continent, entities join their neighbours' groups), not on the entity alone.
 */
export const followsRelations = (grouping: Grouping) =>
  grouping === 'state' || grouping === 'continent';

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
  if (grouping === 'state') return byAnchors(index, visible, ownGroup);
  if (grouping === 'continent') return byAnchors(index, visible, stateContinent);
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
 * an overview (some states, at most MAX_STATE_GROUPS groups); else by continent when
 * the states' country codes give one (at least half of the visible states are on a
 * known continent, and they are on more than one); else by community when
 * communities are known; else by kind.
 */
export function defaultGrouping(
  index: DatasetIndex,
  visible: VisibleGraph,
  communities: Communities | null,
): Grouping {
  return groupingByStates(index, visible) ?? groupingWithout(communities);
}

/**
 * The default grouping where the states decide it (by state or by continent, see
 * defaultGrouping), or null where they do not and communities would.
 */
export function groupingByStates(
  index: DatasetIndex,
  visible: VisibleGraph,
): 'state' | 'continent' | null {
  let groups = 0;
  let states = 0;
  let placed = 0;
  const continents = new Set<string>();
  for (const entity of index.dataset.entities) {
    if (!visible.entities.has(entity.id)) continue;
    if (entity.kind === 'state' || entity.kind === 'bloc') groups += 1;
    if (entity.kind !== 'state') continue;
    states += 1;
    const continent = stateContinent(entity);
    if (continent === undefined) continue;
    placed += 1;
    continents.add(continent);
  }
  if (groups > 0 && groups <= MAX_STATE_GROUPS) return 'state';
  if (continents.size > 1 && placed * 2 >= states) return 'continent';
  return null;
}

/** The default grouping where the states do not decide it: communities once known. */
export const groupingWithout = (communities: Communities | null): Grouping =>
  communities === null ? 'kind' : 'community';

const offered = new WeakMap<DatasetIndex, readonly Grouping[]>();

/**
 * The groupings a dataset can be shown by: by continent only when some state's
 * country code names a continent.
 */
export function groupingsOf(index: DatasetIndex): readonly Grouping[] {
  let groupings = offered.get(index);
  if (groupings === undefined) {
    const hasContinent = index.dataset.entities.some((e) => stateContinent(e) !== undefined);
    groupings = hasContinent ? GROUPINGS : GROUPINGS.filter((g) => g !== 'continent');
    offered.set(index, groupings);
  }
  return groupings;
}
