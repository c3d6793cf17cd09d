import { describe, expect, it } from 'vitest';
import { articleTitle } from './articleTitle.ts';

describe('articleTitle', () => {
  it('names an untitled article by its first words', () => {
    const paragraphs = ['Rusya Dışişleri Bakanı Sergey Lavrov, geçtiğimiz günlerde Kuzey Kore'];
    expect(articleTitle({ title: null, paragraphs })).toEqual({
      isUntitled: true,
      text: 'Rusya Dışişleri Bakanı Sergey Lavrov, geçtiğimiz…',
    });
  });

  it('adds no ellipsis when the opening is the whole paragraph', () => {
    expect(articleTitle({ title: null, paragraphs: ['Kısa metin.'] }).text).toBe('Kısa metin.');
  });

  it('keeps a real title as it is', () => {
    expect(articleTitle({ title: 'A headline', paragraphs: ['Body'] })).toEqual({
      isUntitled: false,
      text: 'A headline',
    });
  });
});

describe('articleTitle of an article only cited', () => {
  it('names it by its URL, or else its identifier, never by invented words', () => {
    expect(articleTitle({ title: null, paragraphs: [], url: 'https://example.org/a' })).toEqual({
      isUntitled: true,
      text: 'https://example.org/a',
    });
    expect(
      articleTitle({ title: null, paragraphs: [], url: null, identifier: 'Story 4711' }).text,
    ).toBe('Story 4711');
  });
});
