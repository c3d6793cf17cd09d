import { expect, it } from 'vitest';
import { pickText } from './pickText.ts';

it('picks the wanted language and falls back to English', () => {
  expect(pickText({ en: 'Russia', tr: 'Rusya' }, 'tr')).toBe('Rusya');
  expect(pickText({ en: 'Russia' }, 'tr')).toBe('Russia');
});
