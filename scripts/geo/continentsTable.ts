// The continents table of the overview's grouping by continent
// (src/domain/geo/continents.json), derived from the countries-list package: each
// country's main continent, as that package gives it (Russia and Turkey are listed
// in Asia and Europe, with Asia first). Never typed by hand; a test rebuilds it from
// the package and compares (continentsTable.test.ts).
import { continents, getCountryDataList, type TContinentCode } from 'countries-list';

export const CONTINENTS_FILE = new URL('../../src/domain/geo/continents.json', import.meta.url);

export interface ContinentsTable {
  source: string;
  /** By continent code: the ISO 3166-1 alpha-3 codes of its countries, sorted. */
  continents: Record<TContinentCode, string[]>;
}

/** Every country with a three-letter code, under its main continent. */
export function continentsTable(): ContinentsTable {
  const codes = (Object.keys(continents) as TContinentCode[]).sort();
  const byContinent = Object.fromEntries(codes.map((code) => [code, [] as string[]])) as Record<
    TContinentCode,
    string[]
  >;
  for (const country of getCountryDataList())
    if (/^[A-Z]{3}$/.test(country.iso3)) byContinent[country.continent].push(country.iso3);
  for (const code of codes) byContinent[code].sort();
  return {
    source:
      "countries-list npm package (MIT, github.com/annexare/Countries): each country's main continent; written by npm run data:continents",
    continents: byContinent,
  };
}

/** The file's text: one continent per line. */
export function continentsText(table: ContinentsTable): string {
  const lines = Object.entries(table.continents).map(
    ([code, countries]) => `    ${JSON.stringify(code)}: ${JSON.stringify(countries)}`,
  );
  return `{\n  "source": ${JSON.stringify(table.source)},\n  "continents": {\n${lines.join(',\n')}\n  }\n}\n`;
}
