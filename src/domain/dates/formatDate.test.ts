import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate.ts';

describe('formatDate', () => {
  it('writes a day in the reader’s language', () => {
    expect(formatDate('2031-03-03', 'en')).toBe('March 3, 2031');
    expect(formatDate('2031-03-03', 'tr')).toBe('3 Mart 2031');
    expect(formatDate('2031-03-03', 'tr', 'medium')).toBe('3 Mar 2031');
  });

  it('keeps a month a month and a year a year', () => {
    expect(formatDate('2031-04', 'en')).toBe('April 2031');
    expect(formatDate('2031-04', 'tr')).toBe('Nisan 2031');
    expect(formatDate('2031', 'tr')).toBe('2031');
  });

  it('never shifts the day, whatever the time zone', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Asia/Tokyo']) {
        process.env.TZ = tz;
        expect(formatDate('2031-01-01', 'en')).toBe('January 1, 2031');
        expect(formatDate('2031-12-31', 'tr')).toBe('31 Aralık 2031');
      }
    } finally {
      process.env.TZ = zone;
    }
  });

  it('writes early years as they are', () => {
    expect(formatDate('0050', 'en')).toBe('50');
  });
});
