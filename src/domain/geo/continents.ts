// The continent of a country, for the overview's grouping by continent: the main
// continent the countries-list package gives (continents.json, written by npm run
// data:continents; a transcontinental country such as Russia or Turkey is under the
// first it lists, Asia).
import table from './continents.json' with { type: 'json' };

/** The continents, by the codes countries-list uses. */
export const CONTINENTS = ['AF', 'AN', 'AS', 'EU', 'NA', 'OC', 'SA'] as const;
export type Continent = (typeof CONTINENTS)[number];

const byCountry = new Map<string, Continent>();
for (const continent of CONTINENTS)
  for (const country of table.continents[continent]) byCountry.set(country, continent);

/**
 * The continent of a country by its ISO 3166-1 alpha-3 code, or null for a code the
 * table does not know.
 * @example continentOf('PRK') // 'AS'
 */
export function continentOf(alpha3: string): Continent | null {
  return byCountry.get(alpha3) ?? null;
}
