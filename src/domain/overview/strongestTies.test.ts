import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Group, GroupTie } from './groupGraph.ts';
import { strongestTies } from './strongestTies.ts';

const group = (id: string, open = false, parent: string | null = null): Group => ({
  id,
  key: id,
  parent,
  open,
  members: [],
  leaders: [],
  internal: 0,
});

const tie = (source: string, target: string, count: number): GroupTie => ({
  id: `grouptie:${source}|${target}`,
  source,
  target,
  count,
  stances: { cooperation: count, conflict: 0, structural: 0, unclassified: 0 },
  stance: 'cooperation',
});

describe('the strongest ties of each group', () => {
  // A hub tied to five others, its ties 5, 4, 3, 2, 1 strong; each leaf has one tie.
  const star = {
    groups: ['hub', 'a', 'b', 'c', 'd', 'e'].map((id) => group(id)),
    ties: [tie('hub', 'a', 5), tie('hub', 'b', 4), tie('hub', 'c', 3), tie('hub', 'd', 2)],
  };

  it('keeps a tie that is among the strongest of either end', () => {
    // The hub's two strongest are a and b; c and d are the only ties of their leaves.
    expect(strongestTies(star, 2)).toEqual(star.ties);
  });

  it('drops a tie weaker than the strongest of both its ends, in the graph’s order', () => {
    const ring = {
      groups: ['a', 'b', 'c', 'd'].map((id) => group(id)),
      ties: [
        tie('a', 'b', 9),
        tie('a', 'c', 1),
        tie('b', 'c', 8),
        tie('c', 'd', 7),
        tie('a', 'd', 6),
      ],
    };
    // a: 9, 6 | b: 9, 8 | c: 8, 7 | d: 7, 6. a–c (1) is in no one's two strongest.
    expect(strongestTies(ring, 2).map((t) => t.id)).toEqual([
      'grouptie:a|b',
      'grouptie:b|c',
      'grouptie:c|d',
      'grouptie:a|d',
    ]);
  });

  it('never picks among equals: a tie as strong as the weakest kept one stays', () => {
    const flat = {
      groups: ['a', 'b', 'c', 'd'].map((id) => group(id)),
      ties: [tie('a', 'b', 1), tie('a', 'c', 1), tie('a', 'd', 1), tie('b', 'c', 1)],
    };
    expect(strongestTies(flat, 1)).toEqual(flat.ties);
  });

  it('keeps every tie of an open group and of a part', () => {
    const graph = {
      groups: [
        group('a'),
        group('b'),
        group('c'),
        group('o', true),
        group('o--official', false, 'o'),
      ],
      ties: [
        tie('a', 'b', 9),
        tie('a', 'c', 8),
        tie('b', 'c', 7),
        tie('a', 'o', 1),
        tie('b', 'o--official', 1),
      ],
    };
    expect(strongestTies(graph, 1).map((t) => t.id)).toEqual([
      'grouptie:a|b',
      'grouptie:a|c',
      'grouptie:a|o',
      'grouptie:b|o--official',
    ]);
  });

  const graphs = fc
    .tuple(
      fc.array(fc.record({ open: fc.boolean(), part: fc.boolean() }), {
        minLength: 2,
        maxLength: 9,
      }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 6 })), { maxLength: 40 }),
      fc.integer({ min: 1, max: 6 }),
    )
    .map(([flags, pairs, perGroup]) => {
      const groups = flags.map(({ open, part }, i) =>
        group(`g${i}`, open && !part, part ? 'g0' : null),
      );
      const seen = new Set<string>();
      const ties: GroupTie[] = [];
      for (const [x, y, count] of pairs) {
        const [a, b] = [x % groups.length, y % groups.length].sort((m, n) => m - n);
        if (a === b || seen.has(`${a}|${b}`)) continue;
        seen.add(`${a}|${b}`);
        ties.push(tie(`g${a}`, `g${b}`, count));
      }
      return { graph: { groups, ties }, perGroup };
    });

  test.prop([graphs])(
    'drops exactly the ties between closed groups that each have as many stronger ties as they keep',
    ({ graph, perGroup }) => {
      const kept = new Set(strongestTies(graph, perGroup));
      const opened = new Set(
        graph.groups.filter((g) => g.open || g.parent !== null).map((g) => g.id),
      );
      const stronger = (end: string, than: GroupTie) =>
        graph.ties.filter((t) => (t.source === end || t.target === end) && t.count > than.count)
          .length;
      for (const t of graph.ties) {
        const dropped =
          !opened.has(t.source) &&
          !opened.has(t.target) &&
          stronger(t.source, t) >= perGroup &&
          stronger(t.target, t) >= perGroup;
        expect(kept.has(t)).toBe(!dropped);
      }
    },
  );
});
