import { afterEach, describe, expect, it } from 'vitest';
import { bucketTimeline, MAX_BUCKETS, type DatedItem } from './bucketTimeline.ts';

const meeting = (date: string | null, id = `m-${String(date)}`): DatedItem => ({
  id,
  kind: 'meeting',
  date,
});
const relation = (date: string | null, id = `r-${String(date)}`): DatedItem => ({
  id,
  kind: 'relation',
  date,
});

/** The bars as "start..end m/r" strings, for compact expectations. */
const bars = (items: DatedItem[]) =>
  bucketTimeline(items).buckets.map((b) => `${b.start}..${b.end} ${b.meetings}/${b.relations}`);

describe('bucketTimeline', () => {
  it('uses days for a short span, with empty days kept as bars', () => {
    const timeline = bucketTimeline([
      meeting('2031-03-03'),
      relation('2031-03-03'),
      relation('2031-03-05'),
    ]);
    expect(timeline.granularity).toBe('day');
    expect(bars([meeting('2031-03-03'), relation('2031-03-03'), relation('2031-03-05')])).toEqual([
      '2031-03-03..2031-03-03 1/1',
      '2031-03-04..2031-03-04 0/0',
      '2031-03-05..2031-03-05 0/1',
    ]);
  });

  it('switches to weeks, Monday to Sunday, when days would be too many bars', () => {
    const first = '2024-01-07'; // a Sunday
    const items = [meeting(first), meeting('2024-01-08'), relation('2024-04-01')];
    const timeline = bucketTimeline(items);
    expect(timeline.granularity).toBe('week');
    expect(timeline.buckets[0]).toEqual({
      start: '2024-01-01',
      end: '2024-01-07',
      meetings: 1,
      relations: 0,
    });
    expect(timeline.buckets[1]).toMatchObject({ start: '2024-01-08', end: '2024-01-14' });
    expect(timeline.buckets.at(-1)).toMatchObject({ start: '2024-04-01', relations: 1 });
  });

  it('keeps a week that crosses the new year as one bar', () => {
    const timeline = bucketTimeline([
      meeting('2024-12-31'),
      meeting('2025-01-05'),
      meeting('2025-04-01'),
    ]);
    expect(timeline.granularity).toBe('week');
    expect(timeline.buckets[0]).toEqual({
      start: '2024-12-30',
      end: '2025-01-05',
      meetings: 2,
      relations: 0,
    });
  });

  it('switches to months for a span of years, and to years for decades', () => {
    const months = bucketTimeline([relation('2023-03-10'), relation('2024-12-01')]);
    expect(months.granularity).toBe('month');
    expect(months.buckets).toHaveLength(22);
    expect(months.buckets[0]).toMatchObject({ start: '2023-03-01', end: '2023-03-31' });
    expect(months.buckets.at(-1)).toMatchObject({ start: '2024-12-01', end: '2024-12-31' });

    const years = bucketTimeline([relation('2001-05-05'), meeting('2030-01-01')]);
    expect(years.granularity).toBe('year');
    expect(years.buckets).toHaveLength(30);
    expect(years.buckets[0]).toEqual({
      start: '2001-01-01',
      end: '2001-12-31',
      meetings: 0,
      relations: 1,
    });
  });

  it(`never draws more than ${MAX_BUCKETS} bars of a granularity`, () => {
    expect(bucketTimeline([meeting('2024-01-01'), meeting('2024-03-20')]).buckets).toHaveLength(80);
    expect(bucketTimeline([meeting('2024-01-01'), meeting('2024-03-21')]).granularity).toBe('week');
  });

  it('puts a month-only date in its month, coarsening the axis rather than inventing a day', () => {
    // The fictional dataset: two items on 3 March, one dated only to April.
    const items = [meeting('2031-03-03'), relation('2031-03-03'), relation('2031-04')];
    const timeline = bucketTimeline(items);
    expect(timeline.granularity).toBe('month');
    expect(bars(items)).toEqual(['2031-03-01..2031-03-31 1/1', '2031-04-01..2031-04-30 0/1']);
    expect(timeline.imprecise).toEqual({ meetings: 0, relations: 0 });
  });

  it('leaves a few dates coarser than the bars off the axis and counts them apart', () => {
    const days = Array.from({ length: 10 }, (_, i) => meeting(`2031-03-${10 + i}`));
    const timeline = bucketTimeline([...days, relation('2031'), meeting(null)]);
    expect(timeline.granularity).toBe('day');
    expect(timeline.buckets.reduce((sum, b) => sum + b.meetings + b.relations, 0)).toBe(10);
    expect(timeline.imprecise).toEqual({ meetings: 0, relations: 1 });
    expect(timeline.undated).toEqual({ meetings: 1, relations: 0 });
    // The year-only date does not stretch the axis to January.
    expect(timeline.buckets[0]?.start).toBe('2031-03-10');
  });

  it('weighs that tenth by items, not by distinct dates', () => {
    const busy = Array.from({ length: 20 }, (_, i) =>
      meeting(i % 2 === 0 ? '2031-03-10' : '2031-03-12', `m${i}`),
    );
    const timeline = bucketTimeline([...busy, relation('2031', 'a'), relation('2031', 'b')]);
    expect(timeline.granularity).toBe('day');
    expect(timeline.imprecise).toEqual({ meetings: 0, relations: 2 });
  });

  it('uses years when most dates give only the year', () => {
    const timeline = bucketTimeline([relation('2030'), relation('2031'), meeting('2031-06-01')]);
    expect(timeline.granularity).toBe('year');
    expect(bars([relation('2030'), relation('2031'), meeting('2031-06-01')])).toEqual([
      '2030-01-01..2030-12-31 0/1',
      '2031-01-01..2031-12-31 1/1',
    ]);
  });

  it('draws nothing when nothing is dated, and says how much is undated', () => {
    expect(bucketTimeline([])).toEqual({
      granularity: 'year',
      buckets: [],
      undated: { meetings: 0, relations: 0 },
      imprecise: { meetings: 0, relations: 0 },
    });
    const timeline = bucketTimeline([meeting(null), relation(null), relation(null, 'r2')]);
    expect(timeline.buckets).toEqual([]);
    expect(timeline.undated).toEqual({ meetings: 1, relations: 2 });
  });

  it('draws one bar for a single date', () => {
    expect(bars([meeting('2024-02-29')])).toEqual(['2024-02-29..2024-02-29 1/0']);
  });

  it('follows month ends and leap days', () => {
    expect(bars([meeting('2024-01-31'), meeting('2024-02-01')])).toEqual([
      '2024-01-31..2024-01-31 1/0',
      '2024-02-01..2024-02-01 1/0',
    ]);
    expect(bucketTimeline([meeting('2024-02-28'), meeting('2024-03-01')]).buckets).toHaveLength(3);
    expect(bucketTimeline([meeting('2023-02-28'), meeting('2023-03-01')]).buckets).toHaveLength(2);
    expect(bars([meeting('2024-02'), meeting('2023-02'), meeting('2023-03')])).toContain(
      '2024-02-01..2024-02-29 1/0',
    );
    expect(bars([meeting('1900-02'), meeting('1900-03')])[0]).toBe('1900-02-01..1900-02-28 1/0');
  });

  it('keeps the axis of every item and counts only those the other filters let through', () => {
    const items = [
      meeting('2031-03-03'),
      relation('2031-03-03'),
      relation('2031-04'),
      relation(null),
    ];
    const counted = new Set(['r-2031-03-03', 'r-null']);
    const timeline = bucketTimeline(items, (item) => counted.has(item.id));
    expect(timeline.buckets.map((b) => [b.start, b.meetings, b.relations])).toEqual([
      ['2031-03-01', 0, 1],
      ['2031-04-01', 0, 0],
    ]);
    expect(timeline.undated).toEqual({ meetings: 0, relations: 1 });
  });

  describe('in any time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'])(
      'gives the same days in %s',
      (zone) => {
        process.env.TZ = zone;
        expect(bars([meeting('2024-12-31'), relation('2025-01-01')])).toEqual([
          '2024-12-31..2024-12-31 1/0',
          '2025-01-01..2025-01-01 0/1',
        ]);
        expect(
          bucketTimeline([meeting('2024-12-30'), meeting('2025-04-01')]).buckets[0],
        ).toMatchObject({ start: '2024-12-30', end: '2025-01-05' });
      },
    );
  });

  it('reads years below 100 as themselves', () => {
    expect(bars([meeting('0050-06-01')])).toEqual(['0050-06-01..0050-06-01 1/0']);
  });
});
