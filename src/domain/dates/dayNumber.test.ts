import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dayNumber, dayOfNumber, daysCovered, daysInMonth, isLeapYear } from './dayNumber.ts';

describe('dayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    expect(dayNumber(2000, 3, 1)).toBe(11017);
  });

  test.prop([
    fc.integer({ min: 100, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  ])('agrees with the UTC calendar of Date', (year, month, day) => {
    expect(dayNumber(year, month, day)).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
  });

  test.prop([fc.integer({ min: dayNumber(1, 1, 1), max: dayNumber(9999, 12, 31) })])(
    'and dayOfNumber undo each other',
    (days) => {
      const [year, month, day] = dayOfNumber(days).split('-').map(Number) as [
        number,
        number,
        number,
      ];
      expect(dayNumber(year, month, day)).toBe(days);
    },
  );

  it('writes years below 1000 with four digits and never as 19xx', () => {
    expect(dayOfNumber(dayNumber(50, 6, 1))).toBe('0050-06-01');
  });
});

describe('the calendar', () => {
  it('knows the leap years of the Gregorian calendar', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
  });

  it('reads a date of any precision as the days it covers', () => {
    expect(daysCovered('2024')).toEqual(['2024-01-01', '2024-12-31']);
    expect(daysCovered('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(daysCovered('2023-02')).toEqual(['2023-02-01', '2023-02-28']);
    expect(daysCovered('2023-02-14')).toEqual(['2023-02-14', '2023-02-14']);
  });
});
