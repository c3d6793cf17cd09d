import { expect, it } from 'vitest';
import { contentHash } from './contentHash.ts';

it('gives the known FNV-1a values and tells small changes apart', () => {
  expect(contentHash('')).toBe('811c9dc5');
  expect(contentHash('abc')).toBe('1a47e90b');
  expect(contentHash('{"a":1}')).not.toBe(contentHash('{"a":2}'));
});
