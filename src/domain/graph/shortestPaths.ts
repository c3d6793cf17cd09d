import type { Relation } from '../dataset/datasetSchema.ts';
import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { classifyRelation } from '../relations/classifyRelation.ts';

/** How many paths are looked for: enough to compare routes, few enough to read each one. */
export const MAX_PATHS = 3;

/**
 * How a relation on a hop reads along the path: from the hop's first entity to its
 * second (`along`), the other way (`against`), both ways (mutual), or without a
 * direction (symmetric kinds such as "cooperates with").
 */
export type HopDirection = 'along' | 'against' | 'both' | 'none';

export interface HopRelation {
  relation: Relation;
  direction: HopDirection;
}

/** One step of a path, with every usable relation between its two entities (dataset order). */
export interface PathHop {
  from: string;
  to: string;
  relations: readonly HopRelation[];
}

/** A path is a sequence of entities; each hop lists all relations that join its two ends. */
export interface EntityPath {
  entities: readonly string[];
  hops: readonly PathHop[];
}

/** The part of the graph paths may go through: for instance what the filters leave visible. */
export interface PathScope {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

type PathIndex = Pick<DatasetIndex, 'entityById' | 'relationsByEntity'>;

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Shorter first, then element by element by id: the order links and tests rely on. */
function comparePaths(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) {
    const order = compareIds(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return 0;
}

const edgeKey = (a: string, b: string) => `${a}\u0000${b}`;

/**
 * Up to `limit` shortest distinct simple paths between two entities, within a scope
 * (the whole dataset when none is given). Relations count as undirected for being
 * connected; each hop still says which way each of its relations points. Parallel
 * relations do not make distinct paths: a path is its sequence of entities, and its
 * hop lists them all. Ordered by length, then by the entities' ids, so the same
 * dataset and scope give the same "Path 2" in every language.
 *
 * Yen's algorithm over breadth-first search. The search visits neighbours in id
 * order, so each search returns the first of its shortest paths in that order,
 * which keeps Yen's enumeration in (length, ids) order across ties.
 * An entity to itself, an unknown entity or one outside the scope has no paths.
 * @example shortestPaths(index, 'sergey-lavrov', 'choe-son-hui').map((p) => p.entities)
 * // [['sergey-lavrov', 'lavrov-choe-meeting', 'choe-son-hui'],
 * //  ['sergey-lavrov', 'russia', 'north-korea', 'choe-son-hui']]
 */
export function shortestPaths(
  index: PathIndex,
  from: string,
  to: string,
  options: { within?: PathScope | null; limit?: number } = {},
): EntityPath[] {
  const within = options.within ?? null;
  const limit = options.limit ?? MAX_PATHS;
  const hasEntity = (id: string) =>
    index.entityById.has(id) && (within === null || within.entities.has(id));
  const usable = (relation: Relation) =>
    (within === null || within.relations.has(relation.id)) &&
    hasEntity(relation.source) &&
    hasEntity(relation.target);
  if (from === to || limit < 1 || !hasEntity(from) || !hasEntity(to)) return [];

  const neighbourCache = new Map<string, readonly string[]>();
  const neighbours = (id: string): readonly string[] => {
    let found = neighbourCache.get(id);
    if (found === undefined) {
      const others = new Set<string>();
      for (const relation of index.relationsByEntity.get(id) ?? []) {
        if (!usable(relation)) continue;
        const other = relation.source === id ? relation.target : relation.source;
        if (other !== id) others.add(other);
      }
      found = [...others].sort(compareIds);
      neighbourCache.set(id, found);
    }
    return found;
  };

  /** The first shortest path, in id order, avoiding some entities and some steps. */
  const search = (
    start: string,
    blockedEntities: ReadonlySet<string>,
    blockedSteps: ReadonlySet<string>,
  ): string[] | null => {
    const parent = new Map<string, string | null>([[start, null]]);
    let frontier = [start];
    while (frontier.length > 0 && !parent.has(to)) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const other of neighbours(id)) {
          if (parent.has(other) || blockedEntities.has(other)) continue;
          if (blockedSteps.has(edgeKey(id, other))) continue;
          parent.set(other, id);
          next.push(other);
        }
      }
      frontier = next;
    }
    if (!parent.has(to)) return null;
    const path: string[] = [];
    for (let at: string | null = to; at !== null; at = parent.get(at) ?? null) path.push(at);
    return path.reverse();
  };

  const first = search(from, new Set(), new Set());
  if (first === null) return [];
  const found: string[][] = [first];
  const seen = new Set([first.join('\u0000')]);
  const candidates: string[][] = [];
  while (found.length < limit) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.length - 1; i++) {
      const root = last.slice(0, i + 1);
      const blockedSteps = new Set<string>();
      for (const path of found) {
        if (path.length > i + 1 && root.every((id, j) => path[j] === id)) {
          // Only this direction: the search starts at path[i] and never steps back into it.
          blockedSteps.add(edgeKey(path[i]!, path[i + 1]!));
        }
      }
      const spur = search(last[i]!, new Set(root.slice(0, i)), blockedSteps);
      if (spur === null) continue;
      const candidate = [...root.slice(0, i), ...spur];
      const key = candidate.join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(candidate);
    }
    if (candidates.length === 0) break;
    candidates.sort(comparePaths);
    found.push(candidates.shift()!);
  }

  return found.map((entities) => ({
    entities,
    hops: entities.slice(1).map((next, i) => hopBetween(index, entities[i]!, next, usable)),
  }));
}

function hopBetween(
  index: PathIndex,
  from: string,
  to: string,
  usable: (relation: Relation) => boolean,
): PathHop {
  const relations: HopRelation[] = [];
  for (const relation of index.relationsByEntity.get(from) ?? []) {
    const joins =
      (relation.source === from && relation.target === to) ||
      (relation.source === to && relation.target === from);
    if (!joins || !usable(relation)) continue;
    const { arrows } = classifyRelation(relation);
    const direction: HopDirection =
      arrows === 'forward' ? (relation.source === from ? 'along' : 'against') : arrows;
    relations.push({ relation, direction });
  }
  return { from, to, relations };
}
