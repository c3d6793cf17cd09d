import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/datasetSchema.ts';
import { meanPoint, placeOnMap, spreadOnRings, type LonLat } from './placeOnMap.ts';

// Fictional states with real-looking codes; the points are made up for the test.
const POINTS: Record<string, LonLat> = { AAA: [10, 50], BBB: [30, 40] };
const pointOf = (code: string) =>
  POINTS[code] === undefined ? null : { at: POINTS[code], capital: `Capital of ${code}` };
const name = (en: string) => ({ en });
const entity = (kind: string, id: string, extra = {}) =>
  ({ id, kind, name: name(id), evidence: [], ...extra }) as unknown as Dataset['entities'][number];
const relation = (kind: string, source: string, target: string) =>
  ({
    id: `${source}-${kind}-${target}`,
    kind,
    source,
    target,
    evidence: [],
  }) as unknown as Dataset['relations'][number];

const dataset = {
  entities: [
    entity('topic', 'talks'),
    entity('meeting', 'summit', { date: { date: null }, place: null, cameo: null }),
    entity('meeting', 'talks-in-town', {
      date: { date: null },
      place: { en: 'A fictional town' },
      coordinates: { latitude: -12.5, longitude: 170.25 },
      cameo: null,
    }),
    entity('official', 'minister-a'),
    entity('bloc', 'pact'),
    entity('state', 'aland', { country: 'AAA' }),
    entity('state', 'bland', { country: 'BBB' }),
    entity('state', 'cland'),
    entity('official', 'nobody'),
    entity('topic', 'subtopic'),
    entity('bloc', 'alliance'),
  ],
  relations: [
    relation('holds-office', 'minister-a', 'aland'),
    relation('member-of', 'aland', 'pact'),
    relation('member-of', 'bland', 'pact'),
    relation('takes-part-in', 'minister-a', 'summit'),
    relation('takes-part-in', 'minister-a', 'talks-in-town'),
    relation('concerns', 'talks', 'bland'),
    relation('concerns', 'subtopic', 'talks'),
    relation('in-tension-with', 'aland', 'alliance'),
  ],
};

describe('placeOnMap', () => {
  const placed = placeOnMap(dataset, pointOf);

  it('puts states at their country, blocs at their members, officials and meetings beside theirs', () => {
    expect(placed.get('aland')).toEqual({
      kind: 'country',
      country: 'AAA',
      at: [10, 50],
      capital: 'Capital of AAA',
    });
    expect(placed.get('pact')).toMatchObject({ kind: 'members', of: ['aland', 'bland'] });
    expect(placed.get('minister-a')).toEqual({ kind: 'beside', of: ['aland'], at: [10, 50] });
    expect(placed.get('summit')).toEqual({ kind: 'beside', of: ['minister-a'], at: [10, 50] });
    expect(placed.get('talks')).toEqual({ kind: 'beside', of: ['bland'], at: [30, 40] });
    expect(placed.get('subtopic')).toEqual({ kind: 'beside', of: ['talks'], at: [30, 40] });
  });

  it('puts a meeting with coordinates at its place, not beside its participants', () => {
    expect(placed.get('talks-in-town')).toEqual({ kind: 'place', at: [170.25, -12.5] });
  });

  it('leaves what nothing places unplaced: a state without a known country, an official without an office', () => {
    expect(placed.get('cland')).toEqual({ kind: 'not-placed' });
    expect(placed.get('nobody')).toEqual({ kind: 'not-placed' });
    // A bloc stands at its members, not beside whoever is in tension with it.
    expect(placed.get('alliance')).toEqual({ kind: 'not-placed' });
    expect(placeOnMap(dataset, () => null).get('aland')).toEqual({ kind: 'not-placed' });
  });
});

describe('meanPoint', () => {
  it('averages longitudes on the circle, so points either side of 180° stay together', () => {
    const [lon, lat] = meanPoint([
      [179, 10],
      [-179, 20],
    ]);
    expect(Math.abs(lon)).toBeCloseTo(180, 5);
    expect(lat).toBe(15);
  });
});

describe('spreadOnRings', () => {
  it('leaves a point alone and spreads coinciding ones around theirs', () => {
    const spread = spreadOnRings(
      [
        ['a', [0, 0]],
        ['b', [0, 0]],
        ['c', [100, 100]],
      ],
      10,
    );
    expect(spread.get('c')).toEqual([100, 100]);
    expect(spread.get('a')).toEqual([10, 0]);
    expect(spread.get('b')![0]).toBeCloseTo(-10);
  });

  test.prop([fc.integer({ min: 2, max: 60 }), fc.integer({ min: 4, max: 40 })])(
    'puts no two entities of one ring closer than the spacing allows, the same way each time',
    (count, spacing) => {
      const points = Array.from({ length: count }, (_, i) => [`e${i}`, [5, 5]] as const);
      const spread = [...spreadOnRings(points, spacing).values()];
      for (let i = 0; i < spread.length; i += 1)
        for (let j = i + 1; j < spread.length; j += 1) {
          const [ax, ay] = spread[i]!;
          const [bx, by] = spread[j]!;
          // A chord of the ring between neighbours is a little under the arc's spacing.
          expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThan(spacing * 0.6);
        }
      expect([...spreadOnRings(points, spacing).values()]).toEqual(spread);
    },
  );
});
