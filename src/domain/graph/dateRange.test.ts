import { describe, expect, it } from 'vitest';
import { isBackwardRange, mayHoldDuring, overlapsRange } from './dateRange.ts';

describe('overlapsRange', () => {
  it('reads a date of any precision as the days it covers', () => {
    expect(overlapsRange({ date: '2024-06' }, null, '2024-06-15', '2024-06-15')).toBe(true);
    expect(overlapsRange({ date: '2024' }, null, '2024-12-31', null)).toBe(true);
    expect(overlapsRange({ date: '2024-06-14' }, null, '2024-06-15', null)).toBe(false);
  });

  it('treats a relation with start and end as a span', () => {
    expect(overlapsRange({ date: '2020' }, { date: '2022' }, '2021-05', '2021-05')).toBe(true);
    expect(overlapsRange({ date: '2020' }, { date: '2022' }, '2023', null)).toBe(false);
  });

  it('never matches an unknown date', () => {
    expect(overlapsRange({ date: null, asStated: 'geçtiğimiz günlerde' }, null, null, null)).toBe(
      false,
    );
  });
});

describe('isBackwardRange', () => {
  it('reads each end at its precision', () => {
    expect(isBackwardRange('2031-05', '2031-02')).toBe(true);
    expect(isBackwardRange('2031-05', '2031')).toBe(false);
    expect(isBackwardRange('2031', '2031-01-01')).toBe(false);
    expect(isBackwardRange('2031', null)).toBe(false);
  });
});

describe('mayHoldDuring', () => {
  it('is ruled out only by a known start after the range or a known end before it', () => {
    expect(mayHoldDuring({ date: '2033' }, null, '2031', '2031')).toBe(false);
    expect(mayHoldDuring(null, { date: '2030-12' }, '2031', '2031')).toBe(false);
    expect(mayHoldDuring({ date: '2029' }, { date: '2031-01' }, '2031-01-31', null)).toBe(true);
  });

  it('reads a missing end as not said to have ended, and no dates as holding throughout', () => {
    expect(mayHoldDuring({ date: '2029' }, null, '2040', '2041')).toBe(true);
    expect(mayHoldDuring(null, null, '2031', '2031')).toBe(true);
    expect(mayHoldDuring({ date: null, asStated: 'long ago' }, undefined, '2031', null)).toBe(true);
  });
});
