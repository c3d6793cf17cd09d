import { describe, expect, it } from 'vitest';
import { selfTimeByFunction, totalTimeByFunction, type CpuProfile } from './cpuProfile.ts';

// root → main → draw, and root → (idle); samples every 1 ms from t = 1000 µs.
const frame = (functionName: string, url = '', lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
});
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 4] },
    { id: 2, callFrame: frame('main', 'http://x/assets/index.js', 9), children: [3] },
    { id: 3, callFrame: frame('draw', 'http://x/assets/cytoscape.js', 99) },
    { id: 4, callFrame: frame('(idle)') },
  ],
  startTime: 0,
  endTime: 6000,
  samples: [2, 3, 3, 3, 4, 4],
  timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000],
};

describe('CPU profile summaries', () => {
  it('counts each sample as the time to the next one, by function and by file', () => {
    const { byFunction, byFile, totalMs, idleMs } = selfTimeByFunction(profile);
    expect(byFunction).toEqual([
      ['draw cytoscape.js:100', 3],
      ['main index.js:10', 1],
    ]);
    expect(byFile).toEqual([
      ['cytoscape.js', 3],
      ['index.js', 1],
    ]);
    expect(idleMs).toBe(1);
    expect(totalMs).toBe(5);
  });

  it('keeps only the samples of a span, and counts callers with what they call', () => {
    expect(selfTimeByFunction(profile, [2500, 4500]).byFunction).toEqual([
      ['draw cytoscape.js:100', 2],
    ]);
    expect(totalTimeByFunction(profile)).toEqual([
      ['main index.js:10', 4],
      ['draw cytoscape.js:100', 3],
    ]);
  });
});
