import { describe, expect, it } from 'vitest';
import {
  describeRenderer,
  formatLeaks,
  formatStartup,
  formatOverview,
  heapGrowth,
  leakVerdict,
  longestTasks,
  median,
  missingFigures,
  quantile,
  ratio,
  type BenchResult,
  type LeakFigures,
  type LeakSample,
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

  it('names the figures a run failed to take', () => {
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
      leaks: [],
      startup: { files: ['/assets/index-x.js'], gzipKB: 298.5 },
    };
    expect(missingFigures(result)).toEqual(['seed › naive › firstFrameMs']);
    expect(missingFigures({ ...result, datasets: [] })).toEqual(['no dataset']);
    expect(missingFigures({ ...result, startup: undefined })).toEqual([
      'seed › naive › firstFrameMs',
      'JS before the first graph',
    ]);
    expect(missingFigures({ ...result, startup: { files: [], gzipKB: 0 } })).toContain(
      'JS before the first graph',
    );
  });

  it('prints the JS before the first graph against its budget', () => {
    expect(formatStartup({ files: ['/a.js', '/b.js'], gzipKB: 298.46 })).toBe(
      "JS before the seed's first graph: 2 files, 298.5 KB gzipped (budget 300 KB)",
    );
  });

  it('prints what the overview showed and its first frame against the full drawings', () => {
    const line = formatOverview(
      {
        firstFrameMs: 500,
        openGroupMs: 120,
        filterMedianMs: 80,
        heapMB: 30,
        longestOtherTaskMs: 150,
        shown: { groups: 28, ties: 378 },
        opened: { groups: 27, ties: 900, entities: 310 },
        openPartMs: null,
        openedPart: null,
      },
      { ...page, firstFrameMs: 2000 },
      { ...page, firstFrameMs: 1000 },
    );
    expect(line).toMatch(
      /28 groups, 378 ties; after opening the largest: 27 groups, 900 ties, 310 entities/,
    );
    expect(line).toMatch(
      /overview first frame 500 ms \(0\.25× naive, 0\.50× sigma\.js full drawing\)/,
    );
    expect(line).toMatch(/open a group 120 ms; filter/);
    expect(line).not.toMatch(/part/);
  });

  it('prints the opening of the largest part when the group opened into parts', () => {
    const line = formatOverview(
      {
        firstFrameMs: 500,
        openGroupMs: 60,
        filterMedianMs: 80,
        heapMB: 30,
        longestOtherTaskMs: 150,
        shown: { groups: 28, ties: 378 },
        opened: { groups: 32, ties: 390, entities: 0 },
        openPartMs: 140,
        openedPart: { groups: 32, ties: 392, entities: 210 },
      },
      { ...page, firstFrameMs: 2000 },
      { ...page, firstFrameMs: 1000 },
    );
    expect(line).toMatch(
      /after opening the largest: 32 groups, 390 ties, 0 entities; after opening its largest part: 32 groups, 392 ties, 210 entities/,
    );
    expect(line).toMatch(/open a group 60 ms, then its largest part 140 ms; filter/);
  });
});

describe('the leak figures', () => {
  const sample: LeakSample = {
    heapMB: 20,
    heapWithoutCodeMB: 16,
    compiledCodeMB: 4,
    domNodes: 900,
    eventListeners: 120,
    canvases: 3,
    cytoscapeInstances: 1,
    workers: 0,
  };
  const leaks: LeakFigures = {
    switches: 50,
    cycle: 'a dataset, a selection',
    compilers: 'as shipped',
    heapCurve: Array.from({ length: 50 }, (_, index) => 20 + (index / 49) * 1.5),
    afterFirst: sample,
    midway: 25,
    afterMidway: { ...sample, heapMB: 21, heapWithoutCodeMB: 16.2 },
    afterLast: { ...sample, heapMB: 21.5, heapWithoutCodeMB: 16.4 },
  };
  const result: BenchResult = {
    date: '2026-11-28',
    machine: { cpus: 2, cpuModel: 'x', memoryGB: 1, browser: 'b', node: '20' },
    runs: 1,
    datasets: [],
    leaks: [leaks, { ...leaks, compilers: 'jitless' }],
  };

  it('gives the heap growth from the first switch to the last', () => {
    expect(heapGrowth(leaks)).toBeCloseTo(0.075);
    expect(heapGrowth(leaks, 'heapWithoutCodeMB')).toBeCloseTo(0.025);
    expect(heapGrowth(leaks, 'heapMB', 'afterMidway')).toBeCloseTo(0.5 / 21);
    expect(heapGrowth({ ...leaks, afterLast: { ...sample, heapMB: null } })).toBeNull();
  });

  it('reports each count after the first, the midway and the last switch, and judges the heap', () => {
    const report = formatLeaks(leaks);
    expect(report).toContain('Leaks, V8 as shipped: 50 switches, each a dataset, a selection');
    expect(formatLeaks({ ...leaks, compilers: 'jitless' })).toContain(
      'Leaks, V8 without its compilers (--jitless): 50 switches',
    );
    // The heap after the first switch, every fifth and the last.
    expect(report).toContain('JS heap after GC by switch (MB): 1: 20.00, 5: 20.12, 10: 20.28,');
    expect(report).toContain('45: 21.35, 50: 21.50');
    expect(report).toMatch(/JS heap after GC \(MB\)\s+20\.00\s+21\.00\s+21\.50/);
    expect(report).toMatch(/Cytoscape instances\s+1\s+1/);
    expect(report).toContain(
      'JS heap, raw: +7.5 % from switch 1 to switch 50 (+1.50 MB, of which compiled code +0.00 MB)',
    );
    expect(report).toContain(
      'JS heap from warmed-up switch 25 (V8 has compiled the hot code by then): +2.4 % to switch 50: within the 10 %',
    );
    expect(report).toContain(
      'JS objects, compiled code left out: +2.5 % from switch 1 to switch 50: within the 10 %',
    );
    expect(report).toMatch(/^Verdict: no leak — judged on JS objects/m);
  });

  it('does not call compiled code a leak: the raw heap may grow past 10 % while the verdict stays clean', () => {
    // The smoke run of issue 19: +10 % raw, all of it code V8 compiled as the app got hot.
    const warmingUp: LeakFigures = {
      ...leaks,
      switches: 10,
      midway: 5,
      afterLast: { ...sample, heapMB: 22.2, compiledCodeMB: 6.1, heapWithoutCodeMB: 16.05 },
      afterMidway: { ...sample, heapMB: 21.9, compiledCodeMB: 5.8 },
    };
    const report = formatLeaks(warmingUp);
    expect(report).toContain(
      'JS heap, raw: +11.0 % from switch 1 to switch 10 (+2.20 MB, of which compiled code +2.10 MB)',
    );
    expect(report).toContain(
      'JS objects, compiled code left out: +0.3 % from switch 1 to switch 10: within',
    );
    expect(leakVerdict(warmingUp)).toEqual({ leak: false, grew: [] });
  });

  it('names what leaks: JS objects past the tolerance, or a count that grows', () => {
    const leaking: LeakFigures = {
      ...leaks,
      afterLast: {
        ...sample,
        heapMB: 24,
        heapWithoutCodeMB: 19,
        eventListeners: 300,
        cytoscapeInstances: 2,
      },
    };
    expect(leakVerdict(leaking).grew).toEqual([
      'JS objects +18.8 % from switch 1 to switch 50',
      'event listeners 120 → 300',
      'Cytoscape instances 1 → 2',
    ]);
    const report = formatLeaks(leaking);
    expect(report).toContain(
      'JS objects, compiled code left out: +18.8 % from switch 1 to switch 50: OUTSIDE the 10 %',
    );
    expect(report).toContain(
      'Verdict: LEAK — JS objects +18.8 % from switch 1 to switch 50; event listeners 120 → 300; Cytoscape instances 1 → 2',
    );
    // A few more DOM nodes come with the other dataset; within the tolerance they are no leak.
    expect(leakVerdict({ ...leaks, afterLast: { ...sample, domNodes: 950 } }).leak).toBe(false);
  });

  it('makes a run that was to measure leaks fail when it could not', () => {
    const expected = { datasets: false, leaks: true };
    expect(missingFigures(result, expected)).toEqual([]);
    expect(missingFigures({ ...result, leaks: [] }, expected)).toEqual([
      'leaks (as shipped) › not measured',
      'leaks (jitless) › not measured',
    ]);
    const broken: LeakFigures = {
      ...leaks,
      compilers: 'jitless',
      heapCurve: leaks.heapCurve.slice(1),
      afterLast: { ...sample, heapMB: null, cytoscapeInstances: null },
    };
    expect(missingFigures({ ...result, leaks: [leaks, broken] }, expected)).toEqual([
      'leaks (jitless) › heap after each switch',
      'leaks (jitless) › after switch 50 › heapMB',
      'leaks (jitless) › after switch 50 › cytoscapeInstances',
    ]);
    // A run of the performance figures alone still needs its datasets.
    expect(missingFigures(result, { datasets: true, leaks: true })).toEqual([
      'no dataset',
      'JS before the first graph',
    ]);
  });
});
