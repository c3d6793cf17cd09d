import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateTimeFormat, formatNumber, numberFormat } from './intlFormats.ts';

describe('Intl formats', () => {
  it('makes one formatter per language and options, and formats as Intl does', () => {
    const when = new Date(Date.UTC(2031, 2, 3));
    const options = { year: 'numeric', month: 'long', timeZone: 'UTC' } as const;
    expect(dateTimeFormat('tr', options)).toBe(dateTimeFormat('tr', { ...options }));
    expect(dateTimeFormat('tr', options)).not.toBe(dateTimeFormat('en', options));
    expect(dateTimeFormat('tr', options).format(when)).toBe('Mart 2031');
    expect(numberFormat('tr')).toBe(numberFormat('tr'));
    expect(numberFormat('tr').format(12500)).toBe('12.500');
    expect(numberFormat('en').format(12500)).toBe('12,500');
  });
});

describe('formatNumber', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes every number as Intl does in the UI languages', () => {
    const values = [0, 7, 14, 999, 1000, 12500, 2.5, 0.25, 1e6, -3, -1200];
    const optionSets = [{}, { minimumFractionDigits: 1 }, { maximumFractionDigits: 0 }];
    for (const language of ['en', 'tr'])
      for (const options of optionSets)
        for (const value of values)
          expect(formatNumber(language, value, options)).toBe(
            new Intl.NumberFormat(language, options).format(value),
          );
  });

  it('makes no Intl format for a small whole number, and one for the rest', () => {
    // Options no other test asks for: no cached format could answer instead.
    const made = vi.spyOn(Intl, 'NumberFormat');
    expect(formatNumber('tr', 14, { maximumFractionDigits: 2 })).toBe('14');
    expect(formatNumber('en', 999, { maximumFractionDigits: 1 })).toBe('999');
    expect(made).not.toHaveBeenCalled();
  });

  it('leaves a language the UI does not speak, whose digits may differ, to Intl', () => {
    expect(formatNumber('ar-EG', 14)).toBe(new Intl.NumberFormat('ar-EG').format(14));
    expect(formatNumber('ar-EG', 14)).not.toBe('14');
  });
});
