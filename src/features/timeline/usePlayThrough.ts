import { useEffect, useState } from 'react';
import type { Timeline } from '../../domain/timeline/bucketTimeline.ts';
import { firstPlayWindow, nextPlayWindow } from '../../domain/timeline/nextPlayWindow.ts';
import { bucketsOfRange, rangeOfBuckets } from '../../domain/timeline/rangeOfBuckets.ts';
import { useViewStore } from '../../store/useViewStore.ts';

/** Milliseconds between steps at each speed. */
export const SPEEDS = { slow: 2000, normal: 1000, fast: 500 } as const;
export type Speed = keyof typeof SPEEDS;

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Play-through: the brushed period (one bar when none) slides forward one bar per
 * step until it reaches the last bar. Starting pushes one history entry, so Back
 * returns to the view before play; the steps replace it (throttled by the URL sync)
 * instead of adding an entry each. Someone who asked for reduced motion starts slow.
 */
export function usePlayThrough(timeline: Timeline) {
  const [isPlaying, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(() => (prefersReducedMotion() ? 'slow' : 'normal'));
  const count = timeline.buckets.length;

  useEffect(() => {
    if (!isPlaying) return;
    const timer = setInterval(() => {
      const { view, setView } = useViewStore.getState();
      const current = bucketsOfRange(timeline, view.from, view.to);
      const next = current === null ? null : nextPlayWindow(current, count);
      if (next === null) setPlaying(false);
      else setView(rangeOfBuckets(timeline, ...next), 'replace');
    }, SPEEDS[speed]);
    return () => clearInterval(timer);
  }, [isPlaying, speed, timeline, count]);

  const play = () => {
    const { view, setView } = useViewStore.getState();
    const start = firstPlayWindow(bucketsOfRange(timeline, view.from, view.to), count);
    setView(rangeOfBuckets(timeline, ...start), 'push');
    setPlaying(true);
  };
  return { isPlaying, play, pause: () => setPlaying(false), speed, setSpeed };
}
