import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { articleTextHash, normaliseArticleText } from './articleText.ts';

describe('normaliseArticleText', () => {
  it('cuts paragraphs as data:add-article does and names each normalisation applied', () => {
    expect(normaliseArticleText('\uFEFFBir.\r\n\r\nİki.\r\n')).toEqual({
      paragraphs: ['Bir.', 'İki.'],
      applied: ['byte-order-mark', 'windows-line-endings', 'blank-lines'],
    });
  });

  it('composes decomposed letters (NFC) so quotes match what readers type', () => {
    const { paragraphs, applied } = normaliseArticleText('Dis\u0327is\u0327leri');
    expect(paragraphs).toEqual(['Dışişleri'.replace('ı', 'i').replace('ı', 'i').normalize('NFC')]);
    expect(paragraphs[0]).toBe('Diş'.normalize('NFC') + 'işleri');
    expect(applied).toEqual(['unicode-nfc']);
  });

  it('removes bidi controls that would make a quote read differently from what is stored', () => {
    expect(normaliseArticleText('abc\u202Edef\u2066')).toEqual({
      paragraphs: ['abcdef'],
      applied: ['bidi-controls'],
    });
  });

  it('applies nothing to text that is already normal', () => {
    expect(normaliseArticleText('One.\nTwo.').applied).toEqual([]);
  });

  it('gives no paragraphs for an article with no text', () => {
    expect(normaliseArticleText(' \n\t\r\n').paragraphs).toEqual([]);
  });
});

test.prop([fc.string({ unit: 'binary', maxLength: 200 })])(
  'never throws, and gives NFC paragraphs with no line breaks and no bidi controls',
  (raw) => {
    const { paragraphs } = normaliseArticleText(raw);
    for (const p of paragraphs) {
      expect(p.normalize('NFC')).toBe(p);
      expect(p).not.toMatch(/[\r\n\u202a-\u202e\u2066-\u2069]/);
      expect(p.trim()).not.toBe('');
    }
    // Normalising twice changes nothing more.
    expect(normaliseArticleText(paragraphs.join('\n')).paragraphs).toEqual(paragraphs);
  },
);

it('hashes a text so that a changed paragraph is noticed', () => {
  expect(articleTextHash(['a', 'b'])).toBe(articleTextHash(['a', 'b']));
  expect(articleTextHash(['a', 'b'])).not.toBe(articleTextHash(['a', 'c']));
  expect(articleTextHash(['a b'])).not.toBe(articleTextHash(['a', 'b']));
});
