import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { anchorExcerpt, quoteSelector } from './textQuoteSelector.ts';

const paragraph = 'Bakan Lavrov, Pyongyang ziyaretinde işbirliğini övdü.';
const at = paragraph.indexOf('Pyongyang');
const selector = quoteSelector(paragraph, at, 'Pyongyang ziyaretinde'.length, 8);

describe('quoteSelector', () => {
  it('keeps the quote with the words before and after it in its paragraph', () => {
    expect(selector).toEqual({
      exact: 'Pyongyang ziyaretinde',
      prefix: 'Lavrov, ',
      suffix: ' işbirli',
    });
  });
});

describe('anchorExcerpt', () => {
  const stored = { paragraph: 1, offset: at };

  it('finds an unchanged excerpt at its stored place', () => {
    expect(anchorExcerpt([paragraph], stored, selector)).toEqual({ status: 'exact', ...stored });
  });

  it('follows the quote when text is inserted before it or a paragraph is added', () => {
    const edited = ['Yeni giriş.', 'Dün ' + paragraph];
    expect(anchorExcerpt(edited, stored, selector)).toEqual({
      status: 'moved',
      paragraph: 2,
      offset: at + 4,
    });
  });

  it('tells two occurrences apart by the words around them', () => {
    const edited = [
      'Pyongyang ziyaretinde önce.',
      'Bakan Lavrov, Pyongyang ziyaretinde işbirliğini.',
    ];
    expect(anchorExcerpt(edited, stored, selector)).toEqual({
      status: 'moved',
      paragraph: 2,
      offset: 14,
    });
  });

  it('calls it ambiguous when the context does not decide between places', () => {
    const edited = ['x Pyongyang ziyaretinde y', 'z Pyongyang ziyaretinde w'];
    const found = anchorExcerpt(edited, stored, selector);
    expect(found.status).toBe('ambiguous');
    expect(found.status === 'ambiguous' && found.places).toHaveLength(2);
  });

  it('reports a changed quote as missing with a suggestion, and never moves it', () => {
    const edited = [paragraph.replace('ziyaretinde', 'ziyaretında')];
    const found = anchorExcerpt(edited, stored, selector);
    expect(found.status).toBe('missing');
    expect(found.status === 'missing' && found.suggestion?.offset).toBe(at);
  });

  it('reports a quote whose words are gone altogether as missing, without a suggestion', () => {
    expect(anchorExcerpt(['Tamamen başka bir metin.'], stored, selector)).toEqual({
      status: 'missing',
      suggestion: null,
    });
  });
});

const word = fc.stringMatching(/^[a-zçğıöşü]{1,6}$/);
test.prop([
  fc.array(word, { minLength: 3, maxLength: 12 }),
  fc.nat(),
  fc.array(word, { maxLength: 4 }),
  fc.array(word, { maxLength: 4 }),
])(
  'an excerpt is found again after words are inserted or deleted elsewhere, or it is not claimed found',
  (words, pick, inserted, insertedAfter) => {
    const text = words.join(' ');
    const index = pick % words.length;
    const offset = words.slice(0, index).join(' ').length + (index > 0 ? 1 : 0);
    const quote = words[index]!;
    const sel = quoteSelector(text, offset, quote.length);
    const before = [...inserted, ...words.slice(0, index)].join(' ');
    const editedText = [before, quote, [...words.slice(index + 1), ...insertedAfter].join(' ')]
      .filter((part) => part !== '')
      .join(' ');
    const found = anchorExcerpt([editedText], { paragraph: 1, offset }, sel);
    // Whatever it says, a found place holds the quote verbatim.
    if (found.status === 'exact' || found.status === 'moved') {
      expect(editedText.slice(found.offset, found.offset + quote.length)).toBe(quote);
    }
    // The quote occurs once: it must be found.
    if (editedText.split(quote).length === 2) expect(found.status).not.toBe('missing');
    // With its context unchanged, the quote is found at its new place.
    if (inserted.length > 0 && editedText.split(quote).length === 2) {
      expect(found).toEqual({
        status: 'moved',
        paragraph: 1,
        offset: editedText.indexOf(quote),
      });
    }
  },
);
