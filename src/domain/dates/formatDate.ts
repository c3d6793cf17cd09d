import { datePrecision } from './describeDate.ts';
import { dateTimeFormat } from '../text/intlFormats.ts';

/**
 * An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as readers of a language write it, at the
 * precision the source gave: a month stays a month, never becomes its first day.
 * Read in UTC, so the day never shifts with the reader's time zone.
 * @example formatDate('2031-04', 'tr') // 'Nisan 2031'
 * @example formatDate('2031-03-03', 'en') // 'March 3, 2031'
 */
export function formatDate(
  isoDate: string,
  language: string,
  style: 'long' | 'medium' = 'long',
): string {
  const precision = datePrecision(isoDate);
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { dateStyle: style };
  const [year = '', month = '01', day = '01'] = isoDate.split('-');
  const when = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // Years before 100 would be read as 19xx by Date.UTC.
  when.setUTCFullYear(Number(year));
  if (Number.isNaN(when.getTime())) return isoDate;
  return dateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(when);
}
