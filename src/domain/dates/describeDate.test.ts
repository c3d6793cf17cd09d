import { describe, expect, it } from 'vitest';
import { datePrecision, describeDate } from './describeDate.ts';

describe('describeDate', () => {
  it('reads the precision from the form of the date', () => {
    expect(datePrecision('2024')).toBe('year');
    expect(datePrecision('2024-06')).toBe('month');
    expect(datePrecision('2024-06-19')).toBe('day');
  });

  it('keeps the words of an undated source', () => {
    expect(describeDate({ date: null, asStated: 'geçtiğimiz günlerde' })).toEqual({
      date: null,
      precision: null,
      asStated: 'geçtiğimiz günlerde',
    });
  });

  it('treats a missing claim as unknown', () => {
    expect(describeDate(undefined)).toEqual({ date: null, precision: null, asStated: null });
  });
});
