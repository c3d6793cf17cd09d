import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { CONTINENTS_FILE, continentsTable, continentsText } from './continentsTable.ts';

describe('the continents table', () => {
  const table = continentsTable();

  it('is what the script derives from countries-list, never edited by hand (npm run data:continents)', () => {
    expect(readFileSync(CONTINENTS_FILE, 'utf8')).toBe(continentsText(table));
  });

  it('puts each ISO country under one continent', () => {
    const all = Object.values(table.continents).flat();
    expect(all.length).toBeGreaterThan(240);
    expect(new Set(all).size).toBe(all.length);
    expect(table.continents.AS).toEqual(expect.arrayContaining(['PRK', 'CHN', 'RUS', 'TUR']));
    expect(table.continents.EU).toEqual(expect.arrayContaining(['DEU', 'FRA', 'UKR']));
    expect(table.continents.NA).toContain('USA');
    // ISO 3166 codes only: no user-assigned one (Kosovo's XKX), none ISO lacks.
    expect(all).not.toContain('XKX');
    expect(all.filter((code) => !countries.isValid(code))).toEqual([]);
  });
});
