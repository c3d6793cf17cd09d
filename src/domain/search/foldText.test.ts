import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { foldText, tokenize } from './foldText.ts';

describe('foldText', () => {
  it.each([
    ['Rusya', 'rusya'],
    ['RUSYA', 'rusya'],
    ['Dışişleri', 'disisleri'],
    ['DIŞİŞLERİ', 'disisleri'],
    ['disisleri', 'disisleri'],
    ['İSTANBUL', 'istanbul'],
    ['Işık', 'isik'],
    ['Müttefiklerinin', 'muttefiklerinin'],
    ['Çağ', 'cag'],
    ['Choe Son-hui', 'choe son-hui'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  test.prop([fc.string()])('is idempotent', (text) => {
    expect(foldText(foldText(text))).toBe(foldText(text));
  });
});

describe('tokenize', () => {
  it('splits Turkish suffixes at either apostrophe', () => {
    expect(tokenize("Rusya'nın Kuzey Kore’ye")).toEqual(['rusya', 'nin', 'kuzey', 'kore', 'ye']);
  });
});
