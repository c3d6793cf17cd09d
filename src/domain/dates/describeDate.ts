import type { DateClaim } from '../dataset/datasetSchema.ts';

export type DatePrecision = 'year' | 'month' | 'day';

/**
 * The precision of an ISO date, read from its form.
 * @example datePrecision('2024-06') // 'month'
 */
export function datePrecision(isoDate: string): DatePrecision {
  const parts = isoDate.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** A date claim for display: the date when known, and the source's own words for it. */
export interface DateDescription {
  /** The ISO date, or null when unknown. */
  date: string | null;
  precision: DatePrecision | null;
  /** The source's words for the time, when it gave some. */
  asStated: string | null;
}

/**
 * Describes a date claim; a missing claim is an unknown date.
 * @example describeDate({ date: null, asStated: 'geçtiğimiz günlerde' })
 * // { date: null, precision: null, asStated: 'geçtiğimiz günlerde' }
 */
export function describeDate(claim: DateClaim | null | undefined): DateDescription {
  const date = claim?.date ?? null;
  return {
    date,
    precision: date === null ? null : datePrecision(date),
    asStated: claim?.asStated ?? null,
  };
}
