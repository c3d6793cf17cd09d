import type { DateClaim } from '../dataset/datasetSchema.ts';

/** The first and last day a date of any precision covers, as YYYY-MM-DD. */
function span(date: string): [string, string] {
  const parts = date.split('-').length;
  if (parts === 1) return [`${date}-01-01`, `${date}-12-31`];
  if (parts === 2) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

/**
 * Whether a dated item overlaps an inclusive range; an open end is unbounded. An
 * item with no known date never matches a range.
 * @example overlapsRange({ date: '2024-06' }, undefined, '2024-06-15', null) // true
 */
export function overlapsRange(
  start: DateClaim | null | undefined,
  end: DateClaim | null | undefined,
  from: string | null,
  to: string | null,
): boolean {
  const first = start?.date ?? end?.date ?? null;
  const last = end?.date ?? start?.date ?? null;
  if (first === null || last === null) return false;
  const [itemStart] = span(first);
  const [, itemEnd] = span(last);
  const rangeStart = from === null ? '0000-01-01' : span(from)[0];
  const rangeEnd = to === null ? '9999-12-31' : span(to)[1];
  return itemStart <= rangeEnd && itemEnd >= rangeStart;
}

/**
 * Whether a lasting state of affairs (an office, a membership) may hold at some time
 * in an inclusive range: only its known dates rule that out, so a missing end means
 * "not said to have ended", not "over", and a tie with no dates holds in any range.
 * @example mayHoldDuring({ date: '2029' }, null, '2031-03', '2031-03') // true
 */
export function mayHoldDuring(
  start: DateClaim | null | undefined,
  end: DateClaim | null | undefined,
  from: string | null,
  to: string | null,
): boolean {
  const first = start?.date ?? null;
  const last = end?.date ?? null;
  if (first !== null && to !== null && isBackwardRange(first, to)) return false;
  if (last !== null && from !== null && isBackwardRange(from, last)) return false;
  return true;
}

/** Whether the dataset has any dated meeting or relation, so a date filter means something. */
export function hasDates(claims: Iterable<DateClaim | null | undefined>): boolean {
  for (const claim of claims) if (claim?.date != null) return true;
  return false;
}

/**
 * Whether a range ends before it begins, each end read at its precision
 * ("2031" to "2031-06" is a range; "2031-05" to "2031-02" is not).
 * @example isBackwardRange('2031-05', '2031-02') // true
 */
export function isBackwardRange(from: string | null, to: string | null): boolean {
  if (from === null || to === null) return false;
  return span(to)[1] < span(from)[0];
}
