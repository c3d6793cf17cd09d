import { expect, it } from 'vitest';
import { seededRandom } from './seededRandom.ts';

it('repeats its sequence for a seed and stays within [0, 1)', () => {
  const a = seededRandom(42);
  const b = seededRandom(42);
  const values = Array.from({ length: 1000 }, () => a());
  expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
  expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  expect(seededRandom(43)()).not.toBe(values[0]);
});
