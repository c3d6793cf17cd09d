import { describe, expect, it } from 'vitest';
import { closestPassage } from './closestPassage.ts';

const paragraphs = [
  'Rusya Dışişleri Bakanı Sergey Lavrov, geçtiğimiz günlerde görüştü.',
  "Rusya'nın bu hamlesi katkı sağlayabilir. Kuzey Kore’ye yönelik politikalar.",
];

describe('closestPassage', () => {
  it('finds a quote typed with the other apostrophe', () => {
    expect(closestPassage(paragraphs, "Kuzey Kore'ye yönelik")).toEqual({
      paragraph: 2,
      offset: 41,
      text: 'Kuzey Kore’ye yönelik',
      distance: 1,
    });
  });

  it('finds a quote with a typo', () => {
    expect(closestPassage(paragraphs, 'Sergei Lavrov')).toMatchObject({
      paragraph: 1,
      offset: 23,
      distance: 1,
    });
  });

  it('gives up on text that is nowhere near', () => {
    expect(closestPassage(paragraphs, 'entirely unrelated words here')).toBeNull();
  });
});
