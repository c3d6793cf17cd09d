import { describe, expect, it } from 'vitest';
import {
  describeRenderer,
  longestTasks,
  median,
  missingFigures,
  quantile,
  ratio,
  type BenchResult,
  type PageFigures,
} from './benchFigures.ts';

describe('bench arithmetic', () => {
  it('takes medians and nearest-rank quantiles', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const tens = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(quantile(tens, 0.95)).toBe(100);
    expect(quantile(tens, 0.9)).toBe(90);
  });

  it('sorts long tasks into drawing (mostly in frame callbacks) and the rest', () => {
    const tasks = [
      [0, 300],
      [1000, 120],
      [5000, 900],
    ] as const;
    const frames = [[1010, 100]] as const;
    expect(longestTasks(tasks, frames, 2000)).toEqual({ drawing: 120, other: 300 });
    // Tasks starting after the first frame are not the load's.
    expect(longestTasks(tasks, frames, 10_000).other).toBe(900);
  });

  it('states ratios and renderers', () => {
    expect(ratio(50, 200)).toBe('0.25×');
    expect(ratio(null, 200)).toBe('–');
    expect(describeRenderer('WebGL', 'ANGLE (SwiftShader Device)')).toMatch(/^WebGL, software/);
    expect(describeRenderer('canvas 2D', 'ANGLE (NVIDIA GeForce)')).toMatch(/hardware/);
    expect(describeRenderer('canvas 2D', null)).toMatch(/software/);
  });

  it('names the figures a run failed to take', () => {
    const page: PageFigures = {
      renderer: 'canvas 2D',
      drawing: '',
      drawn: { nodes: 1, edges: 0 },
      fetchParseMs: 1,
      layoutMs: null,
      firstFrameMs: 2,
      filterMedianMs: 3,
      filterP95Ms: 3,
      searchMedianMs: 4,
      selectMedianMs: 5,
      sharedUrlMs: 6,
      heapMB: 7,
      longestDrawingTaskMs: 0,
      longestOtherTaskMs: 0,
    };
    const result: BenchResult = {
      date: '2026-11-28',
      machine: { cpus: 2, cpuModel: 'x', memoryGB: 1, browser: 'b', node: '20' },
      runs: 1,
      datasets: [
        {
          dataset: 'seed',
          entities: 1,
          relations: 0,
          pages: { app: page, naive: { ...page, firstFrameMs: null }, sigma: page },
        },
      ],
    };
    expect(missingFigures(result)).toEqual(['seed › naive › firstFrameMs']);
    expect(missingFigures({ ...result, datasets: [] })).toEqual(['no dataset']);
  });
});
