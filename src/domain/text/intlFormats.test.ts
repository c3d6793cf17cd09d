import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from './intlFormats.ts';

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
