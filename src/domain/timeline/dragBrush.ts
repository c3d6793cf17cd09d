import type { BarWindow } from './nextPlayWindow.ts';

/** What a press on the timeline grabbed: empty space (a new period), the period, or one of its edges. */
export type BrushGrip = 'new' | 'move' | 'start' | 'end';

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * The period while dragging: from the bar pressed (`pressedAt`, with the period as it
 * was, `origin`) to the bar now under the pointer (`at`), on an axis of `count` bars.
 * A new period spans the two bars; a moved one keeps its width inside the axis; an
 * edge never passes the other edge.
 * @example dragBrush('move', [2, 4], 3, 9, 10) // [7, 9]
 */
export function dragBrush(
  grip: BrushGrip,
  origin: BarWindow,
  pressedAt: number,
  at: number,
  count: number,
): BarWindow {
  const bar = clamp(at, 0, count - 1);
  const [first, last] = origin;
  switch (grip) {
    case 'new':
      return [Math.min(pressedAt, bar), Math.max(pressedAt, bar)];
    case 'move': {
      const shift = clamp(bar - pressedAt, -first, count - 1 - last);
      return [first + shift, last + shift];
    }
    case 'start':
      return [Math.min(bar, last), last];
    case 'end':
      return [first, Math.max(bar, first)];
  }
}
