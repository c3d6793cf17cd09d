// Calendar arithmetic on the proleptic Gregorian calendar with integers only (after
// Howard Hinnant's days_from_civil), so no local time zone and no Date object can
// shift a day, and years below 100 are not read as 19xx as Date.UTC would.

/** Whether a year has 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month (1–12) of a year.
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Days since 1970-01-01 (a Thursday) of a calendar day; negative before it.
 * @example dayNumber(1970, 1, 2) // 1
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The calendar day of a day number, as YYYY-MM-DD.
 * @example dayOfNumber(0) // '1970-01-01'
 */
export function dayOfNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first and last calendar day an ISO date of any precision covers.
 * @example daysCovered('2024-02') // ['2024-02-01', '2024-02-29']
 */
export function daysCovered(isoDate: string): [string, string] {
  const [year, month] = isoDate.split('-').map(Number) as [number, number | undefined];
  if (month === undefined) return [`${isoDate}-01-01`, `${isoDate}-12-31`];
  if (isoDate.length === 7)
    return [`${isoDate}-01`, `${isoDate}-${String(daysInMonth(year, month))}`];
  return [isoDate, isoDate];
}
