import { describe, expect, it } from 'vitest';
import table from './continents.json';
import { CONTINENTS, continentOf } from './continents.ts';

describe('continentOf', () => {
  it('names the continent the table gives a country, and null for a code it does not know', () => {
    expect(continentOf('PRK')).toBe('AS');
    expect(continentOf('DEU')).toBe('EU');
    expect(continentOf('BRA')).toBe('SA');
    expect(continentOf('XYZ')).toBeNull();
    expect(continentOf('')).toBeNull();
  });

  it('reads every continent of the table, and no other', () => {
    expect(Object.keys(table.continents).sort()).toEqual([...CONTINENTS]);
  });
});
