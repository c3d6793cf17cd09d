import type { GroupGraph, GroupTie } from './groupGraph.ts';

/**
 * How many of its strongest ties each closed group keeps in the overview. At 20,000
 * synthetic entities the 42–46 communities are all tied to one another (860–1,035
 * ties, a complete graph no one reads); their 5 strongest each keep about 200 ties,
 * which carry 60 % of the relations between groups.
 */
export const TIES_PER_GROUP = 5;

/**
 * The ties the overview draws unless every tie is asked for: each closed group's
 * `perGroup` strongest (by relations), with every tie as strong as its weakest kept
 * one, so no tie is left out in favour of an equal; and every tie of an open group or
 * of a part, since what is opened is shown whole. Where ties carry the same counts
 * (a dataset grouped by state, with one or two relations per pair) it keeps nearly
 * all: it thins structure, never picks among equals. In the graph's order.
 * @example strongestTies(graph, 5).length <= graph.ties.length // true
 */
export function strongestTies(
  graph: Pick<GroupGraph, 'groups' | 'ties'>,
  perGroup: number = TIES_PER_GROUP,
): GroupTie[] {
  const isOpened = new Set<string>();
  for (const group of graph.groups) if (group.open || group.parent !== null) isOpened.add(group.id);
  const countsOf = new Map<string, number[]>();
  for (const tie of graph.ties)
    for (const end of [tie.source, tie.target]) {
      const counts = countsOf.get(end);
      if (counts === undefined) countsOf.set(end, [tie.count]);
      else counts.push(tie.count);
    }
  // The count a tie needs to be among a group's strongest: its perGroup-th largest.
  const floorOf = new Map<string, number>();
  for (const [end, counts] of countsOf) {
    counts.sort((a, b) => b - a);
    floorOf.set(end, counts[Math.min(perGroup, counts.length) - 1] ?? 0);
  }
  return graph.ties.filter(
    (tie) =>
      isOpened.has(tie.source) ||
      isOpened.has(tie.target) ||
      tie.count >= floorOf.get(tie.source)! ||
      tie.count >= floorOf.get(tie.target)!,
  );
}
