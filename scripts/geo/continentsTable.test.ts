import { readFileSync } from 'node:fs';
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
    for (const code of all) expect(code).toMatch(/^[A-Z]{3}$/);
  });
});
