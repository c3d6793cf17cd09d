/** A run of bars of a timeline, by first and last index (inclusive). */
export type BarWindow = readonly [number, number];

/**
 * Where play-through starts: at the brushed window, keeping its width, or at the
 * first bar when nothing is brushed; a window that already ends at the last bar
 * starts again from the first.
 * @example firstPlayWindow([8, 9], 10) // [0, 1]
 */
export function firstPlayWindow(brushed: BarWindow | null, barCount: number): BarWindow {
  if (brushed === null) return [0, 0];
  const [first, last] = brushed;
  return last >= barCount - 1 ? [0, last - first] : brushed;
}

/**
 * The next step of play-through: the same window one bar later (a sliding window,
 * so each step shows one period, not everything up to it); null once the window
 * ends at the last bar.
 * @example nextPlayWindow([2, 4], 10) // [3, 5]
 */
export function nextPlayWindow(window: BarWindow, barCount: number): BarWindow | null {
  const [first, last] = window;
  return last >= barCount - 1 ? null : [first + 1, last + 1];
}
