import { describe, expect, it } from 'vitest';
import { closestPassage, MAX_HINT_QUOTE_CHARS } from './closestPassage.ts';

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

  it('stops once the budget is spent, overshooting by at most one row', () => {
    const budget = { cells: 40 };
    expect(closestPassage(paragraphs, 'Sergei Lavrov', budget)).toBeNull();
    expect(budget.cells).toBeLessThanOrEqual(0);
    expect(budget.cells).toBeGreaterThan(-'Sergei Lavrov'.length);
  });

  it('spends from one budget across calls', () => {
    const budget = { cells: 1_000_000 };
    closestPassage(paragraphs, 'Sergei Lavrov', budget);
    const afterOne = budget.cells;
    expect(afterOne).toBeLessThan(1_000_000);
    closestPassage(paragraphs, 'Sergei Lavrov', budget);
    expect(1_000_000 - budget.cells).toBe(2 * (1_000_000 - afterOne));
  });

  it('gives no hint for a quote longer than the limit', () => {
    const long = `Sergei Lavrov ${'x'.repeat(MAX_HINT_QUOTE_CHARS)}`;
    const budget = { cells: 1_000_000 };
    expect(
      closestPassage([`${paragraphs[0]!} ${long}`], long.replace('Sergei', 'Sergey'), budget),
    ).toBeNull();
    expect(budget.cells).toBe(1_000_000);
  });
});
