// The continents table of the overview's grouping by continent
// (src/domain/geo/continents.json), derived from the countries-list package: each
// country's main continent, as that package gives it (Russia and Turkey are listed
// in Asia and Europe, with Asia first). Never typed by hand; a test rebuilds it from
// the package and compares (continentsTable.test.ts).
import { continents, getCountryDataList, type TContinentCode } from 'countries-list';
import countries from 'i18n-iso-countries';
import { tableText } from './tableText.ts';

export const CONTINENTS_FILE = new URL('../../src/domain/geo/continents.json', import.meta.url);

export interface ContinentsTable {
  source: string;
  /** By continent code: the ISO 3166-1 alpha-3 codes of its countries, sorted. */
  continents: Record<TContinentCode, string[]>;
}

/**
 * Every country with an ISO 3166-1 alpha-3 code, under its main continent. The
 * package's user-assigned codes (Kosovo's XKX) and those ISO does not list
 * (Ascension's ASC, Tristan da Cunha's TAA) are left out, as the capitals table
 * leaves Kosovo out.
 */
export function continentsTable(): ContinentsTable {
  const codes = (Object.keys(continents) as TContinentCode[]).sort();
  const byContinent = Object.fromEntries(codes.map((code) => [code, [] as string[]])) as Record<
    TContinentCode,
    string[]
  >;
  for (const country of getCountryDataList())
    if (countries.isValid(country.iso3)) byContinent[country.continent].push(country.iso3);
  for (const code of codes) byContinent[code].sort();
  return {
    source:
      "countries-list npm package (MIT, github.com/annexare/Countries): each country's main continent; written by npm run data:continents",
    continents: byContinent,
  };
}

/** The file's text: one continent per line. */
export const continentsText = (table: ContinentsTable) =>
  tableText(table.source, 'continents', table.continents);
