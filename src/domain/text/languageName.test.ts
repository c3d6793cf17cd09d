import { expect, it } from 'vitest';
import { NAME_LANGUAGES } from '../view/viewState.ts';
import { ENDONYMS, languageName } from './languageName.ts';

it('names languages in the UI language, and falls back to the tag', () => {
  expect(languageName('tr', 'en')).toBe('Turkish');
  expect(languageName('tr', 'tr')).toBe('Türkçe');
  expect(languageName('not a tag', 'en')).toBe('not a tag');
});

it('names each UI language in itself as Intl does', () => {
  for (const tag of NAME_LANGUAGES) expect(ENDONYMS[tag]).toBe(languageName(tag, tag));
});
