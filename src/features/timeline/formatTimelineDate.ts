import { datePrecision, type DatePrecision } from '../../domain/dates/describeDate.ts';
import type { Granularity, TimelineBucket } from '../../domain/timeline/bucketTimeline.ts';
import { dateTimeFormat } from '../../domain/text/intlFormats.ts';

// Always in UTC: the dates are calendar days, and a local time zone west of UTC would
// show midnight UTC as the day before.
const LONG: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { timeZone: 'UTC', year: 'numeric' },
  month: { timeZone: 'UTC', year: 'numeric', month: 'long' },
  day: { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' },
};

const SHORT: Record<Granularity, Intl.DateTimeFormatOptions> = {
  year: { timeZone: 'UTC', year: 'numeric' },
  month: { timeZone: 'UTC', year: 'numeric', month: 'short' },
  week: { timeZone: 'UTC', month: 'short', day: 'numeric' },
  day: { timeZone: 'UTC', month: 'short', day: 'numeric' },
};

/** Midnight UTC of an ISO date of any precision (its first day); years below 100 stay themselves. */
function utcDate(iso: string): Date {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** An ISO date at its own precision in the UI language: "2031", "March 2031", "3 March 2031". */
export function formatTimelineDate(iso: string, language: string): string {
  return dateTimeFormat(language, LONG[datePrecision(iso)]).format(utcDate(iso));
}

const LENGTH: Record<Granularity, number> = { day: 10, week: 10, month: 7, year: 4 };

/** A day of the axis at the precision of its bars: "3 March 2031" for days and weeks, "March 2031" for months. */
export function formatAtGranularity(day: string, granularity: Granularity, language: string) {
  return formatTimelineDate(day.slice(0, LENGTH[granularity]), language);
}

/** A bar's period in words: a day, a week as its first to last day, a month or a year. */
export function formatBar(bucket: TimelineBucket, granularity: Granularity, language: string) {
  if (granularity !== 'week') return formatAtGranularity(bucket.start, granularity, language);
  return dateTimeFormat(language, LONG.day).formatRange(utcDate(bucket.start), utcDate(bucket.end));
}

/** A short label for the axis under a bar; days and weeks show their year when asked. */
export function formatTick(
  bucket: TimelineBucket,
  granularity: Granularity,
  language: string,
  withYear: boolean,
) {
  const options = withYear
    ? { ...SHORT[granularity], year: 'numeric' as const }
    : SHORT[granularity];
  return dateTimeFormat(language, options).format(utcDate(bucket.start));
}
