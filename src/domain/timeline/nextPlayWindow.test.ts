import { describe, expect, it } from 'vitest';
import { firstPlayWindow, nextPlayWindow } from './nextPlayWindow.ts';

describe('play-through', () => {
  it('starts at the first bar when nothing is brushed', () => {
    expect(firstPlayWindow(null, 10)).toEqual([0, 0]);
  });

  it('starts at the brushed window, and from the beginning when it is already at the end', () => {
    expect(firstPlayWindow([3, 5], 10)).toEqual([3, 5]);
    expect(firstPlayWindow([7, 9], 10)).toEqual([0, 2]);
  });

  it('slides the window one bar at a time and stops at the last bar', () => {
    const steps = [];
    for (let w = firstPlayWindow([0, 1], 5) as readonly [number, number] | null; w !== null;) {
      steps.push(w);
      w = nextPlayWindow(w, 5);
    }
    expect(steps).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
  });
});
