import { describe, expect, it } from 'vitest';
import { dayCell, intCell, locationCell, numberCell, textCell } from './parseCells.ts';

describe('cells of imported rows', () => {
  it('reads numbers and days, and nothing else as them', () => {
    expect(intCell('042')).toBe(42);
    expect(intCell('4.2')).toBeNull();
    expect(numberCell('-2.5')).toBe(-2.5);
    expect(numberCell('1e3')).toBeNull();
    expect(dayCell('20240619')).toBe('2024-06-19');
    expect(dayCell('2024-02-30')).toBeNull();
  });

  it('keeps a formula-like cell as text', () => {
    expect(textCell(" =cmd|' /C calc'!A0 ")).toBe("=cmd|' /C calc'!A0");
    expect(textCell('  ')).toBeNull();
  });

  it('reads a place from coordinates on the globe and its names, finest first', () => {
    // Fictional place names.
    expect(locationCell('12.5', '40.25', ['Port Alder', undefined, 'Arden'])).toEqual({
      name: 'Port Alder, Arden',
      latitude: 12.5,
      longitude: 40.25,
    });
    expect(locationCell('12.5', '40.25', [])).toEqual({
      name: null,
      latitude: 12.5,
      longitude: 40.25,
    });
    expect(locationCell('91', '0', ['Nowhere'])).toBeUndefined();
    expect(locationCell('', '10', ['Nowhere'])).toBeUndefined();
  });
});
