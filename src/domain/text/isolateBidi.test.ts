import { expect, it } from 'vitest';
import { isolateBidi } from './isolateBidi.ts';

it('isolates a name with a right-to-left override, so it cannot reorder what follows', () => {
  expect(isolateBidi('\u202ENorland')).toBe('\u2068\u202ENorland\u2069');
  expect(isolateBidi('Nor\u202Aland')).toBe('\u2068Nor\u202Aland\u2069');
  expect(isolateBidi('x\u2067y')).toBe('\u2068x\u2067y\u2069');
});

it('isolates names in right-to-left scripts', () => {
  expect(isolateBidi('طهران')).toBe('\u2068طهران\u2069');
  expect(isolateBidi('ירושלים')).toBe('\u2068ירושלים\u2069');
});

it('leaves left-to-right names and zero-width characters unchanged', () => {
  for (const name of ['Norland', 'Dışişleri Bakanı', 'Te\u200Bsk\uFEFF', 'Arvel\u200D Quint']) {
    expect(isolateBidi(name)).toBe(name);
  }
});
