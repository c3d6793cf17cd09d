import { expect, it } from 'vitest';
import { pickedLanguage, pickText } from './pickText.ts';

it('picks the wanted language and falls back to English', () => {
  expect(pickText({ en: 'Russia', tr: 'Rusya' }, 'tr')).toBe('Rusya');
  expect(pickText({ en: 'Russia' }, 'tr')).toBe('Russia');
});

it('says which language it picked, so the text can be tagged with it', () => {
  expect(pickedLanguage({ en: 'Russia', tr: 'Rusya' }, 'tr')).toBe('tr');
  expect(pickedLanguage({ en: 'A note' }, 'tr')).toBe('en');
});
