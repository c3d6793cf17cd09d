import { expect, it } from 'vitest';
import { textToParagraphs } from './textToParagraphs.ts';

it('makes one paragraph per non-empty line, unchanged', () => {
  expect(textToParagraphs('\uFEFFRusya’nın  hamlesi.\r\n\r\n  İkinci paragraf.\n')).toEqual([
    'Rusya’nın  hamlesi.',
    '  İkinci paragraf.',
  ]);
});
