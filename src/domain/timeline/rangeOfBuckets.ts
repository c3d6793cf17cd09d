import { daysCovered } from '../dates/dayNumber.ts';
import type { Timeline } from './bucketTimeline.ts';

/** A date range as the view holds it: inclusive ends, YYYY[-MM[-DD]], null for open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/** How many characters of YYYY-MM-DD name a bar's first or last day at each granularity. */
const LENGTH = { day: 10, week: 10, month: 7, year: 4 } as const;

/**
 * The date range that covers bars `first` to `last` of a timeline (indices, inclusive),
 * written as plainly as the bars allow: whole months as YYYY-MM, whole years as YYYY.
 * @example rangeOfBuckets(monthlyTimeline2031, 2, 4) // { from: '2031-03', to: '2031-05' }
 */
export function rangeOfBuckets(timeline: Timeline, first: number, last: number): DateRange {
  const length = LENGTH[timeline.granularity];
  const start = timeline.buckets[first];
  const end = timeline.buckets[last];
  if (start === undefined || end === undefined) throw new RangeError('no such bar');
  return { from: start.start.slice(0, length), to: end.end.slice(0, length) };
}

/**
 * The bars (first and last index, inclusive) that a date range touches; an open end
 * reaches the end of the axis. Null when there is no range or it misses every bar.
 * @example bucketsOfRange(monthlyTimeline2031, '2031-03-15', null) // [2, 11]
 */
export function bucketsOfRange(
  timeline: Timeline,
  from: string | null,
  to: string | null,
): [number, number] | null {
  if (from === null && to === null) return null;
  const rangeStart = from === null ? '0000-01-01' : daysCovered(from)[0];
  const rangeEnd = to === null ? '9999-12-31' : daysCovered(to)[1];
  const { buckets } = timeline;
  const first = buckets.findIndex((bucket) => bucket.end >= rangeStart);
  const last = buckets.findLastIndex((bucket) => bucket.start <= rangeEnd);
  if (first === -1 || last === -1 || first > last) return null;
  return [first, last];
}
