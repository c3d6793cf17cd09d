import { afterEach, expect, it, vi } from 'vitest';
import { whenIdle } from './whenIdle.ts';

afterEach(() => {
  vi.useRealTimers();
});

// Node has no requestIdleCallback: this runs the fallback, short slices between tasks.
it('works in slices until the step says it is done, then stops', async () => {
  vi.useFakeTimers();
  const items = Array.from({ length: 5 }, (_, i) => i);
  const done: number[] = [];
  let slices = 0;
  whenIdle((hasTime) => {
    slices += 1;
    // One item per slice, so the slices can be counted.
    if (hasTime()) done.push(items[done.length]!);
    return done.length === items.length;
  });
  expect(done).toEqual([]);
  await vi.runAllTimersAsync();
  expect(done).toEqual(items);
  expect(slices).toBe(5);
});

it('does no more work once cancelled', async () => {
  vi.useFakeTimers();
  const step = vi.fn(() => false);
  const cancel = whenIdle(step);
  await vi.advanceTimersByTimeAsync(120);
  const calls = step.mock.calls.length;
  expect(calls).toBeGreaterThan(0);
  cancel();
  await vi.advanceTimersByTimeAsync(1000);
  expect(step).toHaveBeenCalledTimes(calls);
});

it('uses the browser’s idle periods where it has them, and cancels the one pending', () => {
  const pending = new Map<number, IdleRequestCallback>();
  let nextHandle = 1;
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    pending.set(nextHandle, callback);
    return nextHandle++;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => pending.delete(handle));
  try {
    // Each idle period has time for two items.
    const idlePeriod = () => {
      let left = 2;
      const [handle, callback] = [...pending][0]!;
      pending.delete(handle);
      callback({ didTimeout: false, timeRemaining: () => (left-- > 0 ? 10 : 0) });
    };
    const done: number[] = [];
    const cancel = whenIdle((hasTime) => {
      while (done.length < 5 && hasTime()) done.push(done.length);
      return done.length === 5;
    });
    idlePeriod();
    expect(done).toEqual([0, 1]);
    idlePeriod();
    expect(done).toEqual([0, 1, 2, 3]);
    expect(pending.size).toBe(1);
    cancel();
    expect(pending.size).toBe(0);
  } finally {
    vi.unstubAllGlobals();
  }
});
