import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAPITALS_FILE, capitalsTable, capitalsText } from './capitalsTable.ts';

describe('the capitals table', () => {
  const { table } = capitalsTable();

  it('is what the script derives from GeoNames, never edited by hand (npm run data:capitals)', () => {
    expect(readFileSync(CAPITALS_FILE, 'utf8')).toBe(capitalsText(table));
  });

  it('has one capital per ISO country, where GeoNames puts it', () => {
    expect(Object.keys(table.capitals).length).toBeGreaterThan(230);
    expect(table.capitals.RUS).toMatchObject({ name: 'Moscow', lon: 37.62, lat: 55.75 });
    expect(table.capitals.PRK).toMatchObject({ name: 'Pyongyang', lon: 125.75, lat: 39.03 });
    expect(table.capitals.TUR).toMatchObject({ name: 'Ankara' });
    for (const [code, capital] of Object.entries(table.capitals)) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect(Math.abs(capital.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(capital.lon)).toBeLessThanOrEqual(180);
    }
  });
});
