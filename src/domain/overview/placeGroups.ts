import { packEnclose, packSiblings } from 'd3-hierarchy';
import type { GroupPlacing } from './groupPlacing.ts';

export interface Point {
  x: number;
  y: number;
}

/** The distance between neighbouring members of an open group, in graph units. */
export const MEMBER_SPACING = 40;

/** The smallest and largest diameter of a closed group. */
export const GROUP_DIAMETERS = [40, 480] as const;

/** A closed group's diameter grows with the square root of its members, so its area follows their number. */
export const groupDiameter = (members: number): number =>
  Math.min(GROUP_DIAMETERS[1], GROUP_DIAMETERS[0] + 16 * Math.sqrt(members));

/**
 * The radius of the disc an open group's members fill: they sit on a sunflower
 * spiral `MEMBER_SPACING` apart, from its second point on (the first is the hub's).
 */
export const openRadius = (members: number): number => MEMBER_SPACING * Math.sqrt(members + 1);

/** Room around each closed group, so neighbours' circles and labels do not touch. */
const GAP = 24;

/**
 * Where each group sits. Closed, the whole dataset's groups are packed side by side
 * (largest first, so they gather near the middle), so the whole overview fits on a screen and its
 * largest groups can be read there: spaced for the largest group to open, as before
 * 5 December, 46 communities of 20,000 synthetic entities spanned 33,000 units, a
 * view of them needed a zoom of 0.015 (the camera stops at 0.05) and each group was
 * 4 px wide. Groups only a filter makes are packed beside them, so they move no other.
 * An open group makes room for its members: every other group moves away from it,
 * straight out, by as much as its disc is wider than its circle. A push straight out
 * from a point never brings two points closer, so nothing the packing kept apart
 * overlaps, and the opened group stays where it was (when it is the only one open,
 * or one of two, exactly). `open` holds each open group's members drawn.
 * The inputs are the whole dataset's (see GroupPlacing), so a filter moves no group.
 */
export function placeGroups(
  { keys, made, members }: GroupPlacing,
  open: ReadonlyMap<string, number>,
): Map<string, Point> {
  const circlesOf = (some: readonly string[]) =>
    some.map((key) => ({ key, r: groupDiameter(members.get(key) ?? 1) / 2 + GAP, x: 0, y: 0 }));
  const circles = circlesOf(keys);
  // packSiblings centres the circle around them all on the origin (deterministic).
  const enclosing = (some: typeof circles) => packEnclose(packSiblings(some)).r;
  const around = circles.length === 0 ? 0 : enclosing(circles);
  const beside = circlesOf(made);
  if (beside.length > 0) {
    const shift = around + enclosing(beside);
    for (const circle of beside) circle.x += shift;
    circles.push(...beside);
  }
  for (const centre of circles) {
    const drawn = open.get(centre.key);
    if (drawn === undefined) continue;
    const push = openRadius(Math.max(drawn, members.get(centre.key) ?? 0)) + GAP - centre.r;
    if (push <= 0) continue;
    const { x, y } = centre;
    for (const circle of circles) {
      if (circle === centre) continue;
      const dx = circle.x - x;
      const dy = circle.y - y;
      const length = Math.hypot(dx, dy);
      if (length === 0) continue;
      circle.x += (dx / length) * push;
      circle.y += (dy / length) * push;
    }
  }
  return new Map(circles.map(({ key, x, y }) => [key, { x, y }]));
}
