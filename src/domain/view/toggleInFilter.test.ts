import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { toggleInFilter } from './toggleInFilter.ts';

const all = ['a', 'b', 'c'] as const;

it('turns one option off when all are on', () => {
  expect(toggleInFilter(null, 'b', all)).toEqual(['a', 'c']);
});

it('turns an option back on, in the order of all options', () => {
  expect(toggleInFilter(['c'], 'a', all)).toEqual(['a', 'c']);
});

it('comes back to null when every option is on again', () => {
  expect(toggleInFilter(['a', 'c'], 'b', all)).toBeNull();
});

test.prop([fc.option(fc.subarray([...all]), { nil: null }), fc.constantFrom(...all)])(
  'toggling twice changes nothing',
  (current, value) => {
    const twice = toggleInFilter(toggleInFilter(current, value, all), value, all);
    expect(twice).toEqual(current?.length === all.length ? null : current);
  },
);
