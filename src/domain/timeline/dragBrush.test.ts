import { describe, expect, it } from 'vitest';
import { dragBrush } from './dragBrush.ts';

describe('dragBrush', () => {
  it('spans a new period between the bar pressed and the bar reached, either way', () => {
    expect(dragBrush('new', [5, 5], 5, 8, 10)).toEqual([5, 8]);
    expect(dragBrush('new', [5, 5], 5, 2, 10)).toEqual([2, 5]);
    expect(dragBrush('new', [5, 5], 5, 5, 10)).toEqual([5, 5]);
  });

  it('moves a period without changing its width, stopping at either end of the axis', () => {
    expect(dragBrush('move', [2, 4], 3, 5, 10)).toEqual([4, 6]);
    expect(dragBrush('move', [2, 4], 3, 20, 10)).toEqual([7, 9]);
    expect(dragBrush('move', [2, 4], 3, -5, 10)).toEqual([0, 2]);
  });

  it('moves one edge, never past the other', () => {
    expect(dragBrush('start', [2, 4], 2, 0, 10)).toEqual([0, 4]);
    expect(dragBrush('start', [2, 4], 2, 7, 10)).toEqual([4, 4]);
    expect(dragBrush('end', [2, 4], 4, 9, 10)).toEqual([2, 9]);
    expect(dragBrush('end', [2, 4], 4, 0, 10)).toEqual([2, 2]);
  });

  it('keeps a pointer past the axis on the nearest bar', () => {
    expect(dragBrush('new', [0, 0], 0, 99, 10)).toEqual([0, 9]);
    expect(dragBrush('end', [2, 4], 4, 99, 10)).toEqual([2, 9]);
  });
});
