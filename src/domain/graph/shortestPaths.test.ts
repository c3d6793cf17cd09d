import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Dataset, Entity, Relation } from '../dataset/datasetSchema.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { seedDataset } from '../../testSupport/seedDataset.ts';
import { DEFAULT_VIEW } from '../view/viewState.ts';
import { filterGraph } from './filterGraph.ts';
import { shortestPaths } from './shortestPaths.ts';

const seed = indexDataset(seedDataset());

// Synthetic graphs with fictional ids: states joined by symmetric "cooperates with"
// unless a test says otherwise. Only what path finding reads is filled in.
function graph(
  edges: readonly (
    [string, string] | [string, string, Partial<Pick<Relation, 'kind' | 'id' | 'mutual'>>]
  )[],
  extraEntities: readonly string[] = [],
) {
  const ids = new Set(extraEntities);
  const relations = edges.map(([source, target, rest], i): Relation => {
    ids.add(source).add(target);
    return {
      id: rest?.id ?? `r${i}-${source}-${target}`,
      kind: rest?.kind ?? 'cooperates-with',
      ...(rest?.mutual === undefined ? {} : { mutual: rest.mutual }),
      source,
      target,
      evidence: [{ article: 'a', paragraph: 1, offset: 0, quote: 'x', modality: 'stated' }],
    };
  });
  const entities = [...ids].map(
    (id) => ({ id, kind: 'state', name: { en: id }, evidence: [] }) as unknown as Entity,
  );
  return indexDataset({ entities, relations, articles: [] } as unknown as Dataset);
}

const sequences = (paths: ReturnType<typeof shortestPaths>) => paths.map((p) => p.entities);

describe('shortestPaths on the seed dataset', () => {
  it('finds how Lavrov is connected to Choe: through the meeting, then through the two states', () => {
    const paths = shortestPaths(seed, 'sergey-lavrov', 'choe-son-hui');
    expect(sequences(paths)).toEqual([
      ['sergey-lavrov', 'lavrov-choe-meeting', 'choe-son-hui'],
      ['sergey-lavrov', 'russia', 'north-korea', 'choe-son-hui'],
    ]);
  });

  it('lists every relation between two entities on one hop, each with its true direction', () => {
    const [, viaStates] = shortestPaths(seed, 'choe-son-hui', 'sergey-lavrov');
    const hop = viaStates!.hops[1]!;
    expect([hop.from, hop.to]).toEqual(['north-korea', 'russia']);
    expect(hop.relations.map((r) => [r.relation.id, r.direction])).toEqual([
      ['russia-north-korea-strategic-ties', 'none'],
      ['russia-north-korea-economic-support', 'both'],
      ['russia-north-korea-military-support', 'both'],
      ['russia-backs-north-korea-international-role', 'against'],
    ]);
    expect(viaStates!.hops[0]!.relations.map((r) => r.direction)).toEqual(['along']);
  });

  it('goes only through what the filters leave visible', () => {
    const noMeetings = filterGraph(seed, {
      ...DEFAULT_VIEW,
      entityKinds: ['state', 'bloc', 'official', 'topic'],
    });
    expect(
      sequences(shortestPaths(seed, 'sergey-lavrov', 'choe-son-hui', { within: noMeetings })),
    ).toEqual([['sergey-lavrov', 'russia', 'north-korea', 'choe-son-hui']]);
  });

  it('keeps a hidden relation off a hop even when a parallel one stays', () => {
    const cooperationOnly = filterGraph(seed, {
      ...DEFAULT_VIEW,
      quadClasses: ['material-cooperation'],
    });
    const [path] = shortestPaths(seed, 'russia', 'north-korea', { within: cooperationOnly });
    expect(path!.hops[0]!.relations.map((r) => r.relation.id)).toEqual([
      'russia-north-korea-economic-support',
      'russia-north-korea-military-support',
    ]);
  });

  it('finds nothing when the filters cut every path, or hide an end', () => {
    const noStructure = filterGraph(seed, {
      ...DEFAULT_VIEW,
      stances: ['cooperation', 'conflict', 'unclassified'],
    });
    expect(shortestPaths(seed, 'sergey-lavrov', 'choe-son-hui', { within: noStructure })).toEqual(
      [],
    );
    const statesOnly = filterGraph(seed, { ...DEFAULT_VIEW, entityKinds: ['state'] });
    expect(shortestPaths(seed, 'sergey-lavrov', 'russia', { within: statesOnly })).toEqual([]);
  });
});

describe('shortestPaths on synthetic graphs', () => {
  it('finds no path between entities in different components', () => {
    const index = graph([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(shortestPaths(index, 'a', 'd')).toEqual([]);
  });

  it('finds no path from an entity to itself, or from an unknown one', () => {
    const index = graph([['a', 'b']]);
    expect(shortestPaths(index, 'a', 'a')).toEqual([]);
    expect(shortestPaths(index, 'a', 'atlantis')).toEqual([]);
  });

  it('orders paths of equal length by the ids of their entities', () => {
    // A square with a diagonal-free middle: a–m1–z, a–m2–z, a–m3–z.
    const index = graph([
      ['a', 'm3'],
      ['m3', 'z'],
      ['a', 'm1'],
      ['m2', 'z'],
      ['m1', 'z'],
      ['a', 'm2'],
    ]);
    expect(sequences(shortestPaths(index, 'a', 'z'))).toEqual([
      ['a', 'm1', 'z'],
      ['a', 'm2', 'z'],
      ['a', 'm3', 'z'],
    ]);
  });

  it('returns at most three paths, the shortest ones, even when more tie', () => {
    const index = graph(
      ['m4', 'm2', 'm1', 'm3'].flatMap((m) => [
        ['a', m] as [string, string],
        [m, 'z'] as [string, string],
      ]),
    );
    expect(sequences(shortestPaths(index, 'a', 'z'))).toEqual([
      ['a', 'm1', 'z'],
      ['a', 'm2', 'z'],
      ['a', 'm3', 'z'],
    ]);
    expect(shortestPaths(index, 'a', 'z', { limit: 1 })).toHaveLength(1);
  });

  it('puts a longer path after every shorter one, whatever the ids', () => {
    const index = graph([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'z'],
      ['a', 'y'],
      ['y', 'z'],
      ['a', 'z'],
    ]);
    expect(sequences(shortestPaths(index, 'a', 'z'))).toEqual([
      ['a', 'z'],
      ['a', 'y', 'z'],
      ['a', 'b', 'c', 'z'],
    ]);
  });

  it('counts parallel relations as one path whose hop lists them all', () => {
    const index = graph([
      ['a', 'b', { kind: 'supports', id: 'a-supports-b' }],
      ['b', 'a', { kind: 'supports', id: 'b-supports-a' }],
      ['a', 'b', { kind: 'supports', id: 'mutual', mutual: true }],
    ]);
    const paths = shortestPaths(index, 'a', 'b');
    expect(sequences(paths)).toEqual([['a', 'b']]);
    expect(paths[0]!.hops[0]!.relations.map((r) => [r.relation.id, r.direction])).toEqual([
      ['a-supports-b', 'along'],
      ['b-supports-a', 'against'],
      ['mutual', 'both'],
    ]);
  });

  it('connects through relations against their direction', () => {
    const index = graph([
      ['b', 'a', { kind: 'supports' }],
      ['c', 'b', { kind: 'supports' }],
    ]);
    const [path] = shortestPaths(index, 'a', 'c');
    expect(path!.entities).toEqual(['a', 'b', 'c']);
    expect(path!.hops.map((h) => h.relations[0]!.direction)).toEqual(['against', 'against']);
  });

  it('never goes through a filtered-out middle entity, taking the next route instead', () => {
    const index = graph([
      ['a', 'm'],
      ['m', 'z'],
      ['a', 'p'],
      ['p', 'q'],
      ['q', 'z'],
    ]);
    const withoutM = {
      entities: new Set(['a', 'p', 'q', 'z']),
      relations: new Set(index.dataset.relations.map((r) => r.id)),
    };
    const paths = shortestPaths(index, 'a', 'z', { within: withoutM });
    expect(sequences(paths)).toEqual([['a', 'p', 'q', 'z']]);
    const ends = paths.flatMap((p) => p.hops.flatMap((h) => h.relations)).map((r) => r.relation);
    expect(ends.filter((r) => r.source === 'm' || r.target === 'm')).toEqual([]);
  });

  it('gives only simple paths: no entity twice', () => {
    // A triangle beside the route tempts a path to loop back.
    const index = graph([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['c', 'z'],
    ]);
    const paths = sequences(shortestPaths(index, 'a', 'z'));
    expect(paths).toEqual([
      ['a', 'c', 'z'],
      ['a', 'b', 'c', 'z'],
    ]);
    for (const path of paths) expect(new Set(path).size).toBe(path.length);
  });

  it('is the same whatever order the dataset lists its relations in', () => {
    const edges: [string, string][] = [
      ['a', 'b'],
      ['b', 'z'],
      ['a', 'c'],
      ['c', 'z'],
      ['a', 'd'],
      ['d', 'e'],
      ['e', 'z'],
      ['b', 'c'],
    ];
    const forward = sequences(shortestPaths(graph(edges), 'a', 'z'));
    const backward = sequences(shortestPaths(graph([...edges].reverse()), 'a', 'z'));
    expect(backward).toEqual(forward);
    expect(forward).toEqual([
      ['a', 'b', 'z'],
      ['a', 'c', 'z'],
      ['a', 'b', 'c', 'z'],
    ]);
  });

  it('finishes on a graph of 20,000 entities', () => {
    // A long ring with chords: many routes of similar length between far-apart entities.
    const size = 20_000;
    const name = (i: number) => `e${(i + size) % size}`;
    const edges: [string, string][] = [];
    for (let i = 0; i < size; i++) {
      edges.push([name(i), name(i + 1)]);
      if (i % 7 === 0) edges.push([name(i), name(i + 97)]);
      if (i % 11 === 0) edges.push([name(i), name(i * 31 + 5)]);
    }
    const index = graph(edges);
    const paths = shortestPaths(index, 'e0', 'e10000');
    expect(paths).toHaveLength(3);
    for (let i = 1; i < paths.length; i++)
      expect(paths[i]!.entities.length).toBeGreaterThanOrEqual(paths[i - 1]!.entities.length);
    for (const path of paths) {
      expect(path.entities[0]).toBe('e0');
      expect(path.entities.at(-1)).toBe('e10000');
    }
  });

  /** Every simple path from a to z, by depth-first enumeration: slow, obviously right. */
  function allSimplePaths(edges: readonly [string, string][], from: string, to: string) {
    const adjacent = new Map<string, Set<string>>();
    for (const [a, b] of edges) {
      if (a === b) continue;
      adjacent.set(a, (adjacent.get(a) ?? new Set()).add(b));
      adjacent.set(b, (adjacent.get(b) ?? new Set()).add(a));
    }
    const paths: string[][] = [];
    const walk = (path: string[]) => {
      const last = path.at(-1)!;
      if (last === to) {
        paths.push(path);
        return;
      }
      for (const next of adjacent.get(last) ?? []) if (!path.includes(next)) walk([...path, next]);
    };
    walk([from]);
    return paths.sort((a, b) => a.length - b.length || (a.join(' ') < b.join(' ') ? -1 : 1));
  }

  const smallGraph = fc.uniqueArray(
    fc.tuple(
      fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'z'),
      fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'z'),
    ),
    { maxLength: 16 },
  );

  test.prop([smallGraph], { numRuns: 500 })(
    'gives the first three of all simple paths, ordered by length then ids',
    (edges) => {
      const index = graph(edges, ['a', 'z']);
      expect(sequences(shortestPaths(index, 'a', 'z'))).toEqual(
        allSimplePaths(edges, 'a', 'z').slice(0, 3),
      );
    },
  );
});
