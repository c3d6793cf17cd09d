import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isCutOffJson } from './isCutOffJson.ts';

describe('isCutOffJson', () => {
  it.each([
    ['inside a string', '{"entities": [{"id": "ru'],
    ['with an array open', '{"entities": [{"id": "ru"}, '],
    ['with an object open', '{"formatVersion": 1, '],
    ['after an escaped quote', '{"quote": "he said \\"'],
    ['with nothing at all', ''],
  ])('takes a text that ends %s for one cut off', (_, text) => {
    expect(isCutOffJson(text)).toBe(true);
  });

  it.each([
    ['a doubled comma', '{"id": 1,, "x": 2}'],
    ['an HTML page', '<html><body>Not found</body></html>'],
    ['brackets inside strings', '{"a": "[[{{", oops}'],
    ['an escaped backslash before a closing quote', '{"a": "\\\\", "b": ]}'],
  ])('does not take a whole file with %s for one cut off', (_, text) => {
    expect(isCutOffJson(text)).toBe(false);
  });

  test.prop([fc.json({ maxDepth: 4 })])(
    'finds every proper prefix of an object or array cut off',
    (json) => {
      const text = JSON.stringify({ value: JSON.parse(json) as unknown });
      for (let end = 1; end < text.length; end += Math.max(1, Math.floor(text.length / 20))) {
        expect(isCutOffJson(text.slice(0, end)), text.slice(0, end)).toBe(true);
      }
      expect(isCutOffJson(text)).toBe(false);
    },
  );
});
