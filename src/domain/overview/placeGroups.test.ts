import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { GroupPlacing } from './groupPlacing.ts';
import { groupDiameter, openRadius, placeGroups, type Point } from './placeGroups.ts';

/** A placing of groups g0, g1, … with these members, largest first as placingOf orders them. */
function placingWith(sizes: readonly number[], made: readonly number[] = []): GroupPlacing {
  const keys = [...sizes].sort((a, b) => b - a).map((_, i) => `g${i}`);
  const members = new Map<string, number>();
  [...sizes].sort((a, b) => b - a).forEach((size, i) => members.set(`g${i}`, size));
  made.forEach((size, i) => members.set(`m${i}`, size));
  return { keys, made: made.map((_, i) => `m${i}`), members };
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** The pairs of groups whose drawn discs (an open group's members, a closed one's circle) overlap. */
function overlaps(
  placing: GroupPlacing,
  places: ReadonlyMap<string, Point>,
  open: ReadonlyMap<string, number>,
) {
  const radius = (key: string) => {
    const drawn = open.get(key);
    const members = placing.members.get(key)!;
    return drawn === undefined ? groupDiameter(members) / 2 : openRadius(Math.max(members, drawn));
  };
  const keys = [...places.keys()];
  const found: string[] = [];
  keys.forEach((a, i) =>
    keys.slice(i + 1).forEach((b) => {
      // A thousandth of a unit of rounding is no overlap.
      if (distance(places.get(a)!, places.get(b)!) < radius(a) + radius(b) - 1e-3)
        found.push(`${a}/${b}`);
    }),
  );
  return found;
}

const sizes = fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 60 });

describe('placeGroups', () => {
  test.prop([sizes])('packs the closed groups without overlap', (counts) => {
    const placing = placingWith(counts);
    const places = placeGroups(placing, new Map());
    expect(overlaps(placing, places, new Map())).toEqual([]);
  });

  it('fits the groups of 20,000 synthetic entities in a view a screen can show', () => {
    // 46 communities of 20,000 entities, 213 to 878 members (the bench's dataset).
    const counts = Array.from({ length: 46 }, (_, i) => 213 + Math.round((665 * i) / 45));
    const places = [...placeGroups(placingWith(counts), new Map()).values()];
    const span = (axis: 'x' | 'y') =>
      Math.max(...places.map((p) => p[axis])) - Math.min(...places.map((p) => p[axis])) + 480;
    // A 960 × 482 canvas (the bench's) at the camera's closest fitting zoom, 0.1 or more:
    // the largest groups (480 units, named in 96-unit letters) are then 48 px wide.
    expect(Math.max(span('x') / 960, span('y') / 482)).toBeLessThan(10);
  });

  test.prop([sizes, fc.nat(), fc.option(fc.nat(), { nil: undefined })])(
    'an opened group stays in place and pushes the others out of its members’ way',
    (counts, first, second) => {
      const placing = placingWith(counts);
      const keyAt = (n: number) => placing.keys[n % placing.keys.length]!;
      const before = new Map<string, number>();
      if (second !== undefined && keyAt(second) !== keyAt(first))
        before.set(keyAt(second), placing.members.get(keyAt(second))!);
      const open = new Map([...before, [keyAt(first), placing.members.get(keyAt(first))!]]);
      const placesBefore = placeGroups(placing, before);
      const places = placeGroups(placing, open);
      const moved = distance(places.get(keyAt(first))!, placesBefore.get(keyAt(first))!);
      expect(moved).toBeLessThan(1e-6);
      expect(overlaps(placing, places, open)).toEqual([]);
    },
  );

  it('packs groups only a filter makes beside the others, which stay where they were', () => {
    const whole = placeGroups(placingWith([50, 40, 30]), new Map());
    const withMade = placeGroups(placingWith([50, 40, 30], [20, 10]), new Map());
    for (const [key, at] of whole) expect(withMade.get(key)).toEqual(at);
    const placing = placingWith([50, 40, 30], [20, 10]);
    expect(overlaps(placing, withMade, new Map())).toEqual([]);
  });
});
