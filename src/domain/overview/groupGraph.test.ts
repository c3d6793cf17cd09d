import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../../../scripts/synth/generateSyntheticDataset.ts';
import { bundledDataset } from '../../testSupport/bundledDataset.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { filterGraph } from '../graph/filterGraph.ts';
import { DEFAULT_VIEW } from '../view/viewState.ts';
import type { EntityKind } from '../dataset/datasetSchema.ts';
import { assignGroups, GROUPINGS, type Grouping } from './assignGroups.ts';
import { detectCommunities } from './detectCommunities.ts';
import { groupGraph, groupId, parentKey, partKey, partKind } from './groupGraph.ts';

const seed = indexDataset(bundledDataset('lavrov-choe'));
const seedVisible = filterGraph(seed, DEFAULT_VIEW);
const synthetic = generateSyntheticDataset(300, 3);
const index = indexDataset(synthetic);
const communities = detectCommunities(synthetic);
const everything = filterGraph(index, DEFAULT_VIEW);

describe('groupGraph', () => {
  it('groups officials and their meeting under their states in the seed', () => {
    const groups = assignGroups(seed, seedVisible, 'state', null);
    expect(groups.get('sergey-lavrov')).toBe('russia');
    expect(groups.get('choe-son-hui')).toBe('north-korea');
    expect(groups.get('russia')).toBe('russia');
    const graph = groupGraph(seed, seedVisible, groups, new Set());
    expect(graph.entities).toEqual([]);
    const russia = graph.groups.find((g) => g.key === 'russia')!;
    expect(russia.members).toContain('sergey-lavrov');
    // Russia's most connected member names it.
    expect(russia.leaders[0]).toBe('russia');
  });

  it('draws one tie per pair of groups, counting their relations by stance', () => {
    const groups = assignGroups(index, everything, 'kind', null);
    const graph = groupGraph(index, everything, groups, new Set());
    expect(graph.groups.map((g) => g.key).sort()).toEqual(
      ['bloc', 'meeting', 'official', 'state', 'topic'].sort(),
    );
    const tie = graph.ties.find(
      (t) => t.id === `grouptie:${groupId('official')}|${groupId('state')}`,
    )!;
    const between = synthetic.relations.filter((r) => {
      const kinds = [index.entityById.get(r.source)!.kind, index.entityById.get(r.target)!.kind];
      return kinds.includes('official') && kinds.includes('state') && kinds[0] !== kinds[1];
    });
    expect(tie.count).toBe(between.length);
    expect(Object.values(tie.stances).reduce((a, b) => a + b, 0)).toBe(tie.count);
    expect(tie.stances.structural).toBeGreaterThan(0);
  });

  it('opens a group in place into its members; the others stay closed', () => {
    const groups = assignGroups(index, everything, 'community', communities);
    const closed = groupGraph(index, everything, groups, new Set());
    const first = closed.groups[0]!;
    const opened = groupGraph(index, everything, groups, new Set([first.key]));
    expect(opened.entities).toEqual(first.members);
    expect(opened.groups.map((g) => [g.id, g.open])).toEqual(
      closed.groups.map((g) => [g.id, g.key === first.key]),
    );
    // Its hub keeps its ties to the closed groups: they are the ties of before, not
    // one per member and group.
    expect(opened.ties).toEqual(closed.ties);
    expect(opened.relations.length).toBe(first.internal);
  });

  it('opens a group larger than the limit into its parts by kind, which open in turn', () => {
    const groups = assignGroups(index, everything, 'community', communities);
    const closed = groupGraph(index, everything, groups, new Set(), 10);
    const largest = [...closed.groups].sort((a, b) => b.members.length - a.members.length)[0]!;
    expect(largest.members.length).toBeGreaterThan(10);
    const opened = groupGraph(index, everything, groups, new Set([largest.key]), 10);
    const parts = opened.groups.filter((g) => g.parent === largest.key);
    const kinds = new Set(largest.members.map((id) => index.entityById.get(id)!.kind));
    // One closed part per kind among its members, in kind order, right after the group.
    expect(parts.map((p) => partKind(p.key))).toEqual(
      ['state', 'bloc', 'official', 'meeting', 'topic'].filter((k) => kinds.has(k as EntityKind)),
    );
    expect(parts.every((p) => !p.open && parentKey(p.key) === largest.key)).toBe(true);
    const at = opened.groups.findIndex((g) => g.key === largest.key);
    expect(opened.groups.slice(at + 1, at + 1 + parts.length)).toEqual(parts);
    expect(parts.flatMap((p) => p.members).sort()).toEqual([...largest.members].sort());
    // Nothing is drawn yet; the group's ties to the other groups stay at its hub, and
    // its inside is shared between its parts and the ties joining them.
    expect(opened.entities).toEqual([]);
    const isPart = (id: string) => parts.some((p) => p.id === id);
    expect(opened.ties.filter((t) => !isPart(t.source))).toEqual(closed.ties);
    const between = opened.ties.filter((t) => isPart(t.source));
    expect(between.every((t) => isPart(t.target))).toBe(true);
    const inside = parts.reduce((sum, p) => sum + p.internal, 0);
    expect(inside + between.reduce((sum, t) => sum + t.count, 0)).toBe(largest.internal);

    // A part opens into its members; the relations among them are drawn.
    const officials = partKey(largest.key, 'official');
    const part = parts.find((p) => p.key === officials)!;
    const withPart = groupGraph(index, everything, groups, new Set([largest.key, officials]), 10);
    expect(withPart.entities).toEqual(part.members);
    expect(withPart.relations.length).toBe(part.internal);
    expect(withPart.groups.find((g) => g.key === officials)!.open).toBe(true);
    for (const id of part.members) expect(withPart.partOf.get(id)).toBe(officials);
  });

  it('opens a group of one kind whole, however large', () => {
    const groups = assignGroups(index, everything, 'kind', null);
    const opened = groupGraph(index, everything, groups, new Set(['official']), 10);
    expect(opened.groups.some((g) => g.parent !== null)).toBe(false);
    expect(opened.entities).toEqual(
      synthetic.entities.filter((e) => e.kind === 'official').map((e) => e.id),
    );
  });

  it('gives the same communities for the same dataset', () => {
    expect(detectCommunities(synthetic)).toEqual(communities);
    expect(new Set(Object.values(communities)).size).toBeGreaterThan(3);
  });

  const views = fc.record({
    grouping: fc.constantFrom(...GROUPINGS),
    kinds: fc.subarray(['state', 'bloc', 'official', 'meeting', 'topic'] as const, {
      minLength: 1,
    }),
    openShare: fc.double({ min: 0, max: 1, noNaN: true }),
    pick: fc.integer({ min: 0, max: 2 ** 31 }),
    // Past how many members an open group opens in parts, some of which are open too.
    wholeMax: fc.constantFrom(Infinity, 40, 5),
    openParts: fc.subarray(['state', 'bloc', 'official', 'meeting', 'topic'] as const),
  });
  const graphOf = (v: {
    grouping: Grouping;
    kinds: EntityKind[];
    openShare: number;
    pick: number;
    wholeMax: number;
    openParts: EntityKind[];
  }) => {
    const visible = filterGraph(index, { ...DEFAULT_VIEW, entityKinds: [...v.kinds] });
    const groups = assignGroups(index, visible, v.grouping, communities);
    const keys = [...new Set(groups.values())];
    const open = new Set(keys.filter((_, i) => ((i * 7919 + v.pick) % 1000) / 1000 < v.openShare));
    for (const key of [...open]) for (const kind of v.openParts) open.add(partKey(key, kind));
    return { visible, groups, open, graph: groupGraph(index, visible, groups, open, v.wholeMax) };
  };

  test.prop([views])('puts every visible entity in exactly one group, drawn once', (v) => {
    const { visible, groups, graph } = graphOf(v);
    expect(new Set(groups.keys())).toEqual(visible.entities);
    const closed = graph.groups.filter((g) => !g.open);
    const drawn = [...graph.entities, ...closed.flatMap((g) => g.members)];
    expect(drawn.length).toBe(visible.entities.size);
    expect(new Set(drawn)).toEqual(visible.entities);
  });

  test.prop([views])('ties and drawn relations account for every visible relation', (v) => {
    const { visible, graph } = graphOf(v);
    const tied = graph.ties.reduce((sum, t) => sum + t.count, 0);
    const inside = graph.groups.reduce((sum, g) => sum + g.internal, 0);
    expect(tied + inside + graph.relations.length).toBe(visible.relations.size);
    for (const tie of graph.ties) expect(tie.source < tie.target).toBe(true);
  });

  test.prop([views])(
    'colours each tie by its most common stance, the first in order on a tie',
    (v) => {
      const order = ['cooperation', 'conflict', 'structural', 'unclassified'] as const;
      for (const tie of graphOf(v).graph.ties) {
        const most = Math.max(...order.map((s) => tie.stances[s]));
        expect(tie.stance).toBe(order.find((s) => tie.stances[s] === most));
      }
    },
  );

  test.prop([views])(
    'ties join groups only: those of the closed overview, less the ones between two open groups',
    (v) => {
      const { visible, groups, open, graph } = graphOf(v);
      const closed = groupGraph(index, visible, groups, new Set());
      const byId = new Map(graph.groups.map((g) => [g.id, g]));
      const isOpen = (id: string) => byId.get(id)!.open;
      const isPart = (id: string) => byId.get(id)!.parent !== null;
      // Ties between groups are those of the closed overview; a group open in parts
      // adds ties between its own parts only.
      expect(
        graph.ties.filter(
          (tie) =>
            !isPart(tie.source) &&
            !isPart(tie.target) &&
            !(isOpen(tie.source) && isOpen(tie.target)),
        ),
      ).toEqual(closed.ties.filter((tie) => !(isOpen(tie.source) && isOpen(tie.target))));
      for (const tie of graph.ties.filter((t) => isPart(t.source) || isPart(t.target)))
        expect(byId.get(tie.source)!.parent).toBe(byId.get(tie.target)!.parent);
      expect(graph.groups.filter((g) => g.open).map((g) => g.key)).toEqual(
        graph.groups.map((g) => g.key).filter((key) => open.has(key)),
      );
      // Only an open group larger than the limit has parts.
      for (const group of graph.groups.filter((g) => g.parent !== null)) {
        const parent = byId.get(groupId(group.parent!))!;
        expect(parent.open && parent.members.length > v.wholeMax).toBe(true);
      }
    },
  );

  test.prop([views])('counts each relation where its rule puts it, relation by relation', (v) => {
    const { visible, groups, open, graph } = graphOf(v);
    // The rule, one relation at a time: drawn when both ends are; else inside one
    // group (or part), or on the tie between the two groups' nodes (or, inside a group
    // open in parts, the two parts').
    const drawn = new Set(graph.entities);
    const expectedInside = new Map<string, number>();
    const expectedTies = new Map<string, number>();
    const expectedRelations: string[] = [];
    for (const relation of synthetic.relations) {
      if (!visible.relations.has(relation.id)) continue;
      if (drawn.has(relation.source) && drawn.has(relation.target)) {
        expectedRelations.push(relation.id);
        continue;
      }
      const a = groups.get(relation.source)!;
      const b = groups.get(relation.target)!;
      const [x, y] =
        a === b
          ? [graph.partOf.get(relation.source) ?? a, graph.partOf.get(relation.target) ?? b]
          : [a, b];
      if (x === y) expectedInside.set(x, (expectedInside.get(x) ?? 0) + 1);
      else {
        const id = `grouptie:${[groupId(x), groupId(y)].sort().join('|')}`;
        expectedTies.set(id, (expectedTies.get(id) ?? 0) + 1);
      }
    }
    expect(graph.relations).toEqual(expectedRelations);
    expect(new Map(graph.ties.map((t) => [t.id, t.count]))).toEqual(expectedTies);
    for (const group of graph.groups)
      expect([group.key, group.internal]).toEqual([group.key, expectedInside.get(group.key) ?? 0]);
    // Entities are drawn in dataset order: those of open groups, or of open parts.
    expect(graph.entities).toEqual(
      synthetic.entities
        .map((e) => e.id)
        .filter((id) => {
          const key = groups.get(id);
          return key !== undefined && open.has(key) && open.has(graph.partOf.get(id) ?? key);
        }),
    );
  });

  test.prop([views])('opening every group gives the plain visible graph', (v) => {
    const { visible, groups } = graphOf(v);
    const keys = [...new Set(groups.values())];
    const parts = keys.flatMap((key) => v.kinds.map((kind) => partKey(key, kind)));
    const all = groupGraph(index, visible, groups, new Set([...keys, ...parts]), v.wholeMax);
    expect(all.groups.every((g) => g.open)).toBe(true);
    expect(all.ties).toEqual([]);
    expect(new Set(all.entities)).toEqual(visible.entities);
    expect(new Set(all.relations)).toEqual(visible.relations);
  });
});
