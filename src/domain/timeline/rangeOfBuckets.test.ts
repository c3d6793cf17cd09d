import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { overlapsRange } from '../graph/dateRange.ts';
import { bucketTimeline, type DatedItem } from './bucketTimeline.ts';
import { bucketsOfRange, rangeOfBuckets } from './rangeOfBuckets.ts';

const at = (...dates: string[]) =>
  bucketTimeline(dates.map((date, i): DatedItem => ({ id: `m${i}`, kind: 'meeting', date })));

const monthly = at('2031-01', '2031-12'); // dated to the month: 12 monthly bars
const weekly = at('2024-01-03', '2024-06-01');
const daily = at('2024-02-27', '2024-03-02');
const yearly = at('2001-05-05', '2030-01-01');

describe('rangeOfBuckets', () => {
  it('writes whole months and years as YYYY-MM and YYYY', () => {
    expect(rangeOfBuckets(monthly, 2, 4)).toEqual({ from: '2031-03', to: '2031-05' });
    expect(rangeOfBuckets(yearly, 0, 1)).toEqual({ from: '2001', to: '2002' });
  });

  it('writes weeks from Monday to Sunday and days as themselves', () => {
    expect(rangeOfBuckets(weekly, 0, 0)).toEqual({ from: '2024-01-01', to: '2024-01-07' });
    expect(rangeOfBuckets(daily, 2, 3)).toEqual({ from: '2024-02-29', to: '2024-03-01' });
  });

  it('refuses bars that do not exist', () => {
    expect(() => rangeOfBuckets(monthly, 0, 12)).toThrow(RangeError);
  });

  it('makes a range the date filter reads as exactly those bars', () => {
    const { from, to } = rangeOfBuckets(monthly, 2, 2);
    expect(overlapsRange({ date: '2031-03-31' }, null, from, to)).toBe(true);
    expect(overlapsRange({ date: '2031-04-01' }, null, from, to)).toBe(false);
    expect(overlapsRange({ date: '2031-02-28' }, null, from, to)).toBe(false);
  });
});

describe('bucketsOfRange', () => {
  it('is null without a range, or when the range misses the axis', () => {
    expect(bucketsOfRange(monthly, null, null)).toBeNull();
    expect(bucketsOfRange(monthly, '2032', null)).toBeNull();
    expect(bucketsOfRange(monthly, null, '2030-12-31')).toBeNull();
  });

  it('finds the bars a range touches, reading each end at its precision', () => {
    expect(bucketsOfRange(monthly, '2031-03-15', '2031-05-02')).toEqual([2, 4]);
    expect(bucketsOfRange(monthly, '2031', '2031')).toEqual([0, 11]);
    expect(bucketsOfRange(monthly, '2031-03', null)).toEqual([2, 11]);
    expect(bucketsOfRange(monthly, null, '2031-02')).toEqual([0, 1]);
    expect(bucketsOfRange(weekly, '2024-01-07', '2024-01-08')).toEqual([0, 1]);
  });

  it('clips a range that reaches past the axis', () => {
    expect(bucketsOfRange(monthly, '2020', '2031-01-20')).toEqual([0, 0]);
  });

  test.prop([fc.nat({ max: 11 }), fc.nat({ max: 11 })])(
    'reads back the bars rangeOfBuckets wrote',
    (a, b) => {
      const [first, last] = a <= b ? [a, b] : [b, a];
      for (const timeline of [monthly, weekly, daily, yearly]) {
        const count = timeline.buckets.length;
        const window = [Math.min(first, count - 1), Math.min(last, count - 1)] as const;
        const { from, to } = rangeOfBuckets(timeline, ...window);
        expect(bucketsOfRange(timeline, from, to)).toEqual(window);
      }
    },
  );
});
