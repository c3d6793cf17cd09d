import { expect, it } from 'vitest';
import { visibleText } from './visibleText.ts';

it('writes out bidi overrides, zero-width characters and the byte-order mark', () => {
  expect(visibleText('\u202Eevil')).toBe('<U+202E>evil');
  expect(visibleText('Te\u200Bsk\uFEFF')).toBe('Te<U+200B>sk<U+FEFF>');
  expect(visibleText('a\u200Db\u2066c\u0000')).toBe('a<U+200D>b<U+2066>c<U+0000>');
});

it('keeps ordinary text, markup included, as it is', () => {
  expect(visibleText('Dışişleri Bakanı <img src=x onerror=alert(1)>')).toBe(
    'Dışişleri Bakanı <img src=x onerror=alert(1)>',
  );
});

it('cuts text longer than the limit', () => {
  expect(visibleText('k'.repeat(100_000), 80)).toBe(`${'k'.repeat(80)}…`);
});
