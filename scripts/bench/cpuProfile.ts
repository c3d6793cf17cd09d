/** The parts of a V8 CPU profile (DevTools protocol `Profiler.Profile`) read here. */
export interface CpuProfile {
  nodes: {
    id: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number };
    hitCount?: number;
  }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

const fileOf = (url: string) => url.replace(/^.*\//, '') || '(native)';

/**
 * Self time per function and per source file, largest first, from a profile's
 * samples (each sample's time is the delta to the next one). Idle and the
 * profiler's own "(program)" time are left out of both lists but kept in the total.
 * @example selfTimeByFunction(profile).byFile[0] // ['cytoscape.esm-….js', 812.4]
 */
export function selfTimeByFunction(
  profile: CpuProfile,
  /** Only samples taken in this span, in the profile's clock (µs). */
  span: readonly [from: number, to: number] = [-Infinity, Infinity],
): {
  byFunction: [string, number][];
  byFile: [string, number][];
  totalMs: number;
  /** Sampled while the page's thread had nothing to do. */
  idleMs: number;
  /** The browser's own work outside JavaScript: parsing, style, layout, paint. */
  programMs: number;
} {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let totalMs = 0;
  let idleMs = 0;
  let programMs = 0;
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i += 1) {
    at += deltas[i] ?? 0;
    if (at < span[0] || at >= span[1]) continue;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    totalMs += ms;
    const frame = nodes.get(samples[i]!)?.callFrame;
    if (frame?.functionName === '(idle)') idleMs += ms;
    if (frame?.functionName === '(program)') programMs += ms;
    if (frame === undefined || ['(idle)', '(program)', '(root)'].includes(frame.functionName))
      continue;
    const file = fileOf(frame.url);
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { byFunction: sorted(byFunction), byFile: sorted(byFile), totalMs, idleMs, programMs };
}

/**
 * Time spent in each function including what it called (each sample counted once per
 * function on its stack), largest first: where a phase's time goes, by caller.
 */
export function totalTimeByFunction(
  profile: CpuProfile,
  span: readonly [from: number, to: number] = [-Infinity, Infinity],
): [string, number][] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const total = new Map<string, number>();
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i += 1) {
    at += deltas[i] ?? 0;
    if (at < span[0] || at >= span[1]) continue;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let id: number | undefined = samples[i]; id !== undefined; id = parents.get(id)) {
      const frame = nodes.get(id)!.callFrame;
      if (frame.url === '') continue;
      const name = `${frame.functionName || '(anonymous)'} ${fileOf(frame.url)}:${frame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  }
  return [...total].sort((a, b) => b[1] - a[1]);
}
