import type { Dataset, Entity } from '../dataset/datasetSchema.ts';

/** A point on the globe: longitude and latitude in degrees. */
export type LonLat = readonly [lon: number, lat: number];

/** Where the map puts a country: its capital (by name), or its centre when no capital is known. */
export interface CountryPoint {
  at: LonLat;
  capital: string | null;
}

/**
 * Why an entity stands where it does on the map, so the table and the tooltip can
 * say it: at its country's point, at the centre of its members, beside the entities
 * it is tied to (an official beside their state, a meeting whose place has no
 * coordinates beside its participants: its place unknown), at its own place (a
 * meeting with coordinates), or nowhere, because nothing places it.
 */
export type MapBasis =
  | { kind: 'country'; country: string; at: LonLat; capital: string | null }
  | { kind: 'place'; at: LonLat }
  | { kind: 'members'; of: readonly string[]; at: LonLat }
  | { kind: 'beside'; of: readonly string[]; at: LonLat }
  | { kind: 'not-placed' };

/** The entities placed first to last: what a later kind stands beside must be placed. */
const ORDER: Record<Entity['kind'], number> = {
  state: 0,
  bloc: 1,
  official: 2,
  meeting: 3,
  topic: 4,
};

/** The mean of points; longitudes are averaged on the circle, so ±180° stay together. */
export function meanPoint(points: readonly LonLat[]): LonLat {
  let x = 0;
  let y = 0;
  let lat = 0;
  for (const [lon, at] of points) {
    x += Math.cos((lon * Math.PI) / 180);
    y += Math.sin((lon * Math.PI) / 180);
    lat += at;
  }
  const lon = (Math.atan2(y, x) * 180) / Math.PI;
  return [Math.round(lon * 1e6) / 1e6, Math.round((lat / points.length) * 1e6) / 1e6];
}

/**
 * Where each entity of a dataset stands on a map, from what the dataset states: a
 * state at its country's point (its capital, by its ISO 3166-1 alpha-3 `country`), a bloc at the
 * mean of its member states (member-of), an official beside the state or bloc they
 * hold office in, a meeting at its `coordinates` or, when the data has none, beside
 * its participants, a topic beside what it is tied to. An entity none of this reaches
 * (a bloc whose members are not stated, an official without an office) is
 * `not-placed`, never put at an invented point.
 * @example placeOnMap(seed, pointOf).get('russia') // { kind: 'country', country: 'RUS', at: [lon, lat] }
 */
export function placeOnMap(
  dataset: Pick<Dataset, 'entities' | 'relations'>,
  countryPoint: (alpha3: string) => CountryPoint | null,
): Map<string, MapBasis> {
  const placed = new Map<string, MapBasis>();
  const at = (id: string) => {
    const basis = placed.get(id);
    return basis === undefined || basis.kind === 'not-placed' ? null : basis.at;
  };
  const ties = new Map<string, { kind: string; other: string; outgoing: boolean }[]>();
  for (const relation of dataset.relations) {
    if (relation.source === relation.target) continue;
    const add = (id: string, other: string, outgoing: boolean) => {
      const list = ties.get(id) ?? [];
      list.push({ kind: relation.kind, other, outgoing });
      ties.set(id, list);
    };
    add(relation.source, relation.target, true);
    add(relation.target, relation.source, false);
  }
  const beside = (
    entity: Entity,
    accept: (tie: { kind: string; outgoing: boolean }) => boolean,
  ) => {
    const of = [
      ...new Set(
        (ties.get(entity.id) ?? [])
          .filter((t) => accept(t) && at(t.other) !== null)
          .map((t) => t.other),
      ),
    ];
    return of.length === 0 ? null : { of, at: meanPoint(of.map((id) => at(id)!)) };
  };
  const entities = [...dataset.entities].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  for (const entity of entities) {
    let basis: MapBasis | null = null;
    if (entity.kind === 'state') {
      const point = entity.country === undefined ? null : countryPoint(entity.country);
      if (point !== null) basis = { kind: 'country', country: entity.country!, ...point };
    } else if (entity.kind === 'bloc') {
      const members = beside(entity, (t) => t.kind === 'member-of' && !t.outgoing);
      if (members !== null) basis = { kind: 'members', ...members };
    } else if (entity.kind === 'official') {
      const office = beside(entity, (t) => t.kind === 'holds-office' && t.outgoing);
      if (office !== null) basis = { kind: 'beside', ...office };
    } else if (entity.kind === 'meeting' && entity.coordinates !== undefined) {
      const { longitude, latitude } = entity.coordinates;
      basis = { kind: 'place', at: [longitude, latitude] };
    } else if (entity.kind === 'meeting') {
      const participants = beside(entity, (t) => t.kind === 'takes-part-in' && !t.outgoing);
      if (participants !== null) basis = { kind: 'beside', ...participants };
    }
    if (basis === null && entity.kind === 'topic') {
      // A topic stands beside what it concerns or is tied to, once that is placed.
      const near = beside(entity, () => true);
      if (near !== null) basis = { kind: 'beside', ...near };
    }
    placed.set(entity.id, basis ?? { kind: 'not-placed' });
  }
  // A topic tied only to another topic is placed once that one is: a second pass.
  for (const entity of entities) {
    if (placed.get(entity.id)?.kind !== 'not-placed' || entity.kind !== 'topic') continue;
    const near = beside(entity, () => true);
    if (near !== null) placed.set(entity.id, { kind: 'beside', ...near });
  }
  return placed;
}

/**
 * Spreads points that coincide (several entities at one capital) on a small ring
 * around it, in the order given, so none hides another; a point alone stays put.
 * @example spreadOnRings([['a', [0, 0]], ['b', [0, 0]]], 10) // a at (10, 0), b at (-10, 0)
 */
export function spreadOnRings(
  points: readonly (readonly [id: string, at: readonly [number, number]])[],
  spacing: number,
): Map<string, [number, number]> {
  const byPoint = new Map<string, string[]>();
  const where = new Map(points);
  for (const [id, [x, y]] of points) {
    const key = `${Math.round(x)},${Math.round(y)}`;
    byPoint.set(key, [...(byPoint.get(key) ?? []), id]);
  }
  const spread = new Map<string, [number, number]>();
  for (const ids of byPoint.values()) {
    const [cx, cy] = where.get(ids[0]!)!;
    if (ids.length === 1) {
      spread.set(ids[0]!, [cx, cy]);
      continue;
    }
    // Neighbours on the ring are `spacing` apart along its circumference.
    const radius = Math.max(spacing, (spacing * ids.length) / (2 * Math.PI));
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length;
      spread.set(id, [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
    });
  }
  return spread;
}
