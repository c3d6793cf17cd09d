import { datePrecision, type DatePrecision } from '../dates/describeDate.ts';
import { dayNumber, dayOfNumber, daysInMonth } from '../dates/dayNumber.ts';

/** The widths a timeline's bars can have, finest first. */
export const GRANULARITIES = ['day', 'week', 'month', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** A meeting or relation placed in time by one date (`null` when the source gives none). */
export interface DatedItem {
  id: string;
  kind: 'meeting' | 'relation';
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null. */
  date: string | null;
}

/** Meetings and relations, counted apart so a chart can stack them. */
export interface TimelineCounts {
  meetings: number;
  relations: number;
}

/** One bar: the days it covers (inclusive, YYYY-MM-DD) and what falls in them. */
export interface TimelineBucket extends TimelineCounts {
  start: string;
  end: string;
}

/** Meetings and relations on a time axis, and what could not be put on it. */
export interface Timeline {
  granularity: Granularity;
  /** Consecutive bars from the first dated item to the last, empty bars included. */
  buckets: TimelineBucket[];
  /** Counted items whose date is unknown. */
  undated: TimelineCounts;
  /**
   * Counted items dated less precisely than a bar (a year-only date on a monthly
   * axis): they are not drawn, since that would invent a month or a day.
   */
  imprecise: TimelineCounts;
}

/** No axis gets more bars than this, so each stays wide enough to see and click. */
export const MAX_BUCKETS = 80;

/** The share of dated items a granularity may leave off as imprecise before a coarser one is used. */
const MAX_IMPRECISE_SHARE = 0.1;

/** The precision a date needs to sit in a bar of each granularity. */
const NEEDS: Record<Granularity, readonly DatePrecision[]> = {
  day: ['day'],
  week: ['day'],
  month: ['day', 'month'],
  year: ['day', 'month', 'year'],
};

/** A date read once: its parts (1 where it gives none) and its precision. */
interface DateParts {
  year: number;
  month: number;
  day: number;
  precision: DatePrecision;
}

function readDate(date: string): DateParts {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month, day, precision: datePrecision(date) };
}

/**
 * The position on an axis of the bar holding a date: consecutive bars have
 * consecutive positions. Weeks run Monday to Sunday (ISO 8601); day 0 was a Thursday.
 */
function position(granularity: Granularity, { year, month, day }: DateParts): number {
  switch (granularity) {
    case 'day':
      return dayNumber(year, month, day);
    case 'week':
      return Math.floor((dayNumber(year, month, day) + 3) / 7);
    case 'month':
      return year * 12 + month - 1;
    case 'year':
      return year;
  }
}

/** The first and last day of the bar at a position. */
function bucketDays(granularity: Granularity, at: number): [string, string] {
  switch (granularity) {
    case 'day':
      return [dayOfNumber(at), dayOfNumber(at)];
    case 'week':
      return [dayOfNumber(at * 7 - 3), dayOfNumber(at * 7 + 3)];
    case 'month': {
      const year = Math.floor(at / 12);
      const month = at - year * 12 + 1;
      const prefix = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
      return [`${prefix}-01`, `${prefix}-${String(daysInMonth(year, month))}`];
    }
    case 'year': {
      const year = String(at).padStart(4, '0');
      return [`${year}-01-01`, `${year}-12-31`];
    }
  }
}

/** The smallest and largest of some numbers, without spreading a long list into arguments. */
function extent(numbers: readonly number[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const n of numbers) {
    if (n < low) low = n;
    if (n > high) high = n;
  }
  return [low, high];
}

const fits = (granularity: Granularity, date: DateParts) =>
  NEEDS[granularity].includes(date.precision);

/** A distinct date with how many items of the whole dataset carry it. */
interface DateWeight {
  date: DateParts;
  items: number;
}

/**
 * The finest granularity that draws the dated items in at most MAX_BUCKETS bars and
 * leaves off at most a tenth of them as too imprecise; years always qualify.
 */
function chooseGranularity(dates: readonly DateWeight[]): Granularity {
  const total = dates.reduce((sum, d) => sum + d.items, 0);
  for (const granularity of GRANULARITIES) {
    if (granularity === 'year') break;
    const placed = dates.filter(({ date }) => fits(granularity, date));
    const left = total - placed.reduce((sum, d) => sum + d.items, 0);
    if (placed.length === 0 || left > total * MAX_IMPRECISE_SHARE) continue;
    const [first, last] = extent(placed.map(({ date }) => position(granularity, date)));
    if (last - first + 1 <= MAX_BUCKETS) return granularity;
  }
  return 'year';
}

const zero = (): TimelineCounts => ({ meetings: 0, relations: 0 });

const add = (counts: TimelineCounts, item: DatedItem) => {
  if (item.kind === 'meeting') counts.meetings += 1;
  else counts.relations += 1;
};

/**
 * Puts dated meetings and relations on a time axis of bars. The axis (granularity and
 * extent) comes from every item, so it stays put while filters change; the counts
 * come from the items `isCounted` lets through (by default all). A date sits in the
 * bar that holds all of it: a month-only date in a monthly or yearly bar, never in a
 * day or week of its choosing. Pure calendar arithmetic, the same in every time zone.
 * @example bucketTimeline([{ id: 'm', kind: 'meeting', date: '2031-03-03' },
 *   { id: 'r', kind: 'relation', date: '2031-04' }]).buckets
 * // [{ start: '2031-03-01', end: '2031-03-31', meetings: 1, relations: 0 },
 * //  { start: '2031-04-01', end: '2031-04-30', meetings: 0, relations: 1 }]
 */
export function bucketTimeline(
  items: readonly DatedItem[],
  isCounted: (item: DatedItem) => boolean = () => true,
): Timeline {
  // Many items share a date: each distinct date is read and placed once.
  const itemsByDate = new Map<string, number>();
  const countedByDate = new Map<string, TimelineCounts>();
  const undated = zero();
  for (const item of items) {
    const isIn = isCounted(item);
    if (item.date === null) {
      if (isIn) add(undated, item);
      continue;
    }
    itemsByDate.set(item.date, (itemsByDate.get(item.date) ?? 0) + 1);
    if (!isIn) continue;
    let counts = countedByDate.get(item.date);
    if (counts === undefined) countedByDate.set(item.date, (counts = zero()));
    add(counts, item);
  }
  const dates = new Map(
    [...itemsByDate].map(([date, n]) => [date, { date: readDate(date), items: n }]),
  );
  const granularity = chooseGranularity([...dates.values()]);
  const timeline: Timeline = { granularity, buckets: [], undated, imprecise: zero() };
  const positions = [...dates.values()]
    .filter(({ date }) => fits(granularity, date))
    .map(({ date }) => position(granularity, date));
  if (positions.length === 0) return timeline;
  const [first, last] = extent(positions);
  for (let at = first; at <= last; at++) {
    const [start, end] = bucketDays(granularity, at);
    timeline.buckets.push({ start, end, ...zero() });
  }
  for (const [key, counts] of countedByDate) {
    const date = dates.get(key)!.date;
    const into = fits(granularity, date)
      ? timeline.buckets[position(granularity, date) - first]!
      : timeline.imprecise;
    into.meetings += counts.meetings;
    into.relations += counts.relations;
  }
  return timeline;
}
