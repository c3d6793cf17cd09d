import { expect, it } from 'vitest';
import { languageName } from './languageName.ts';

it('names languages in the UI language, and falls back to the tag', () => {
  expect(languageName('tr', 'en')).toBe('Turkish');
  expect(languageName('tr', 'tr')).toBe('Türkçe');
  expect(languageName('not a tag', 'en')).toBe('not a tag');
});
