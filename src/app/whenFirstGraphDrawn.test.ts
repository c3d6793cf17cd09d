import { afterEach, describe, expect, it, vi } from 'vitest';
import { TIMING_MARKS } from '../domain/timing/timingMarks.ts';
import { whenFirstGraphDrawn } from './whenFirstGraphDrawn.ts';

/** Lets the observer's callback (a task of its own) run. */
const tasksRun = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('whenFirstGraphDrawn', () => {
  afterEach(() => performance.clearMarks());

  it('waits for the first graph, then runs once', async () => {
    const then = vi.fn();
    whenFirstGraphDrawn(then, 60_000);
    performance.mark('diplograph:dataset-ready');
    await tasksRun();
    expect(then).not.toHaveBeenCalled();
    performance.mark(TIMING_MARKS.graphDrawn);
    await tasksRun();
    expect(then).toHaveBeenCalledTimes(1);
    // A later drawing (another dataset, a layout) does not run it again.
    performance.mark(TIMING_MARKS.graphDrawn);
    await tasksRun();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs at once for a graph drawn before it was asked', async () => {
    performance.mark(TIMING_MARKS.graphDrawn);
    const then = vi.fn();
    whenFirstGraphDrawn(then, 60_000);
    await tasksRun();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs after the time given when no graph is drawn, and only then', async () => {
    const then = vi.fn();
    whenFirstGraphDrawn(then, 50);
    await tasksRun();
    expect(then).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(then).toHaveBeenCalledTimes(1);
    performance.mark(TIMING_MARKS.graphDrawn);
    await tasksRun();
    expect(then).toHaveBeenCalledTimes(1);
  });
});
