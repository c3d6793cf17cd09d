// The map layout, loaded on demand with its outline: Natural Earth's 1:110m countries
// (world-atlas, TopoJSON), projected by d3-geo. Nothing here reaches the network.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { mesh } from 'topojson-client';
import type { Dataset, Positions } from '../domain/dataset/datasetSchema.ts';
import { countries, mapBasis, topology } from '../domain/geo/countryPoints.ts';
import { spreadOnRings, type MapBasis } from '../domain/geo/placeOnMap.ts';

/** The map's size in graph units: the world fits 2,000 × 1,000 at zoom 1. */
export const MAP_WIDTH = 2000;
export const MAP_HEIGHT = 1000;
/** How far apart entities that share a point are spread on their ring. */
const RING_SPACING = 60;
/** Entities nothing places stand in a row this far under the map, not on it. */
const UNPLACED_GAP = 140;
/** Where the row of entities the map cannot place is captioned, in graph units. */
export const UNPLACED_CAPTION_AT = { x: 0, y: MAP_HEIGHT + UNPLACED_GAP - 60 } as const;

const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], {
  type: 'Sphere',
});
const path = geoPath(projection);

/** The world's outline as SVG paths in graph units: the globe's edge, the land, the borders. */
export const MAP_OUTLINE = {
  sphere: path({ type: 'Sphere' }) ?? '',
  land: path({ type: 'FeatureCollection', features: countries }) ?? '',
  borders: path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? '',
};

/**
 * Graph positions for the map layout: each placed entity at its projected point,
 * those sharing one spread on a ring, the rest in a row under the map.
 */
export { mapBasis };

export function mapPositions(
  dataset: Pick<Dataset, 'entities' | 'relations'>,
  basis: ReadonlyMap<string, MapBasis> = mapBasis(dataset),
): Positions {
  const onMap: [string, [number, number]][] = [];
  const unplaced: string[] = [];
  for (const entity of dataset.entities) {
    const where = basis.get(entity.id);
    const at =
      where === undefined || where.kind === 'not-placed'
        ? null
        : projection([where.at[0], where.at[1]]);
    if (at === null) unplaced.push(entity.id);
    else onMap.push([entity.id, [at[0], at[1]]]);
  }
  const positions: Positions = {};
  for (const [id, [x, y]] of spreadOnRings(onMap, RING_SPACING))
    positions[id] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  unplaced.forEach((id, i) => {
    positions[id] = [(i + 0.5) * RING_SPACING * 2, MAP_HEIGHT + UNPLACED_GAP];
  });
  return positions;
}
