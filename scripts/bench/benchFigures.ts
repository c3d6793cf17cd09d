import { isSoftwareRenderer } from '../../src/domain/view/chooseRenderer.ts';
// The bench's figures and the arithmetic on them, kept apart from the browser
// driving so it can be unit-tested.

/** What one page (the app or a baseline) measured on one dataset. */
export interface PageFigures {
  renderer: string;
  /** What the page draws at the fit-to-screen camera (labels, arrows). */
  drawing: string;
  drawn: { nodes: number; edges: number };
  fetchParseMs: number | null;
  layoutMs: number | null;
  firstFrameMs: number | null;
  filterMedianMs: number | null;
  filterP95Ms: number | null;
  searchMedianMs: number | null;
  selectMedianMs: number | null;
  sharedUrlMs: number | null;
  heapMB: number | null;
  /** Longest main-thread task during load that was mostly the renderer drawing. */
  longestDrawingTaskMs: number | null;
  /** Longest main-thread task during load that was anything else. */
  longestOtherTaskMs: number | null;
}

/** The app's overview of a large dataset: groups first, one opened. */
export interface OverviewFigures {
  /** From navigation to the overview's first frame, pixels read back. */
  firstFrameMs: number | null;
  /** Tap on the largest group → the frame showing its members, or its parts. */
  openGroupMs: number | null;
  /** Then a tap on its largest part, if it opened into parts → the frame showing its members. */
  openPartMs: number | null;
  filterMedianMs: number | null;
  heapMB: number | null;
  longestOtherTaskMs: number | null;
  /** What it showed first: closed groups, ties between them; and after one opened. */
  shown: { groups: number; ties: number };
  opened: { groups: number; ties: number; entities: number };
  /** After the largest part opened too; null when the group opened whole. */
  openedPart: { groups: number; ties: number; entities: number } | null;
}

export interface DatasetFigures {
  dataset: string;
  entities: number;
  relations: number;
  pages: { app: PageFigures; naive: PageFigures; sigma: PageFigures };
  /** Datasets large enough for an overview; the app page above then draws every entity. */
  overview?: OverviewFigures;
}

/** The overview's lines of the report, its first frame beside the baselines' full drawings. */
export function formatOverview(o: OverviewFigures, naive: PageFigures, sigma: PageFigures): string {
  const ms = (v: number | null) => figure(v, 'ms');
  return [
    `  overview: ${o.shown.groups} groups, ${o.shown.ties} ties; after opening the largest: ${o.opened.groups} groups, ${o.opened.ties} ties, ${o.opened.entities} entities` +
      (o.openedPart === null
        ? ''
        : `; after opening its largest part: ${o.openedPart.groups} groups, ${o.openedPart.ties} ties, ${o.openedPart.entities} entities`),
    `  overview first frame ${ms(o.firstFrameMs)} (${ratio(o.firstFrameMs, naive.firstFrameMs)} naive, ${ratio(o.firstFrameMs, sigma.firstFrameMs)} sigma.js full drawing); open a group ${ms(o.openGroupMs)}` +
      (o.openPartMs === null ? '' : `, then its largest part ${ms(o.openPartMs)}`) +
      `; filter → frame median ${ms(o.filterMedianMs)}; heap ${figure(o.heapMB, 'MB')}; longest other task ${ms(o.longestOtherTaskMs)}`,
  ].join('\n');
}

/** What is alive in the page after a dataset-and-view switch, GC forced first. */
export interface LeakSample {
  heapMB: number | null;
  /** The heap snapshot's size less compiled code: the data the app keeps. */
  heapWithoutCodeMB: number | null;
  /** Bytecode and optimised code, which grow while V8 warms up. */
  compiledCodeMB: number | null;
  domNodes: number | null;
  eventListeners: number | null;
  /** Canvas elements in the JS heap, attached to the page or not. */
  canvases: number | null;
  cytoscapeInstances: number | null;
  workers: number | null;
}

/**
 * How V8 ran the page: as shipped, or `--jitless` (bytecode interpreter only).
 * Without its compilers V8 makes no baseline or optimised code as functions get
 * hot, so what still grows over the switches is what the app keeps.
 */
export type LeakCompilers = 'as shipped' | 'jitless';

/** Memory after the first, the middle and the last of a series of switches between datasets and views. */
export interface LeakFigures {
  switches: number;
  /** What one switch does, for the report. */
  cycle: string;
  compilers: LeakCompilers;
  /** The JS heap after GC (MB) after each switch, the first at index 0. */
  heapCurve: number[];
  afterFirst: LeakSample;
  /** After half the switches (`midway` of them): from there on, a settled heap stays flat. */
  midway: number;
  afterMidway: LeakSample;
  afterLast: LeakSample;
}

export interface BenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; browser: string; node: string };
  runs: number;
  datasets: DatasetFigures[];
  /** One run per way of running V8 (as shipped, then jitless); empty when leaks were not measured. */
  leaks: LeakFigures[];
  /** The scripts the seed's page asked for before its first graph was drawn (absent before 5 December 2026). */
  startup?: StartupScripts;
}

/** The JavaScript a page needs before it draws a graph: the issue's budget is 300 KB gzipped. */
export interface StartupScripts {
  /** Their paths, in the order asked for. */
  files: string[];
  /** Their size together, gzipped as the build's report does (KB of 1,000 bytes). */
  gzipKB: number;
}

/** "JS before the seed's first graph: 12 files, 298.5 KB gzipped (budget 300 KB)". */
export function formatStartup({ files, gzipKB }: StartupScripts): string {
  return `JS before the seed's first graph: ${files.length} files, ${gzipKB.toFixed(1)} KB gzipped (budget 300 KB)`;
}

/**
 * How much a heap figure grew to the last switch, from the first (or from the
 * midway one): 0.05 is 5 %.
 */
export function heapGrowth(
  leaks: LeakFigures,
  figure: 'heapMB' | 'heapWithoutCodeMB' = 'heapMB',
  from: 'afterFirst' | 'afterMidway' = 'afterFirst',
): number | null {
  const first = leaks[from][figure];
  const last = leaks.afterLast[figure];
  if (first === null || last === null || first === 0) return null;
  return last / first - 1;
}

/** The share of growth the leak check allows (issue 7): within 10 %. */
export const LEAK_TOLERANCE = 0.1;

/**
 * Names a page's renderer and whether the GPU backs it. Canvas 2D counts as
 * software when WebGL itself is software or missing (no usable GPU).
 */
export function describeRenderer(kind: string, webgl: string | null): string {
  const software = isSoftwareRenderer(webgl);
  return `${kind}, ${software ? 'software' : 'hardware'} (WebGL renderer: ${webgl ?? 'none'})`;
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** The q-quantile by the nearest-rank method (p95 of 10 runs is the 10th value). */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  if (q === 0.5 && sorted.length % 2 === 0) {
    const middle = sorted.length / 2;
    return (sorted[middle - 1]! + sorted[middle]!) / 2;
  }
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

/**
 * Sorts the long tasks of a load into those spent mostly in animation-frame
 * callbacks (the renderer drawing) and the rest, and returns the longest of each.
 */
export function longestTasks(
  tasks: readonly (readonly [start: number, duration: number])[],
  frameCallbacks: readonly (readonly [start: number, duration: number])[],
  until: number,
): { drawing: number; other: number } {
  let drawing = 0;
  let other = 0;
  for (const [start, duration] of tasks) {
    if (start > until) continue;
    const end = start + duration;
    let inFrames = 0;
    for (const [from, length] of frameCallbacks) {
      inFrames += Math.max(0, Math.min(end, from + length) - Math.max(start, from));
    }
    if (inFrames >= duration / 2) drawing = Math.max(drawing, duration);
    else other = Math.max(other, duration);
  }
  return { drawing, other };
}

interface Row {
  label: string;
  value: (page: PageFigures) => number | null;
  unit: 'ms' | 'MB';
}

const ROWS: readonly Row[] = [
  { label: 'fetch + parse + validate', value: (p) => p.fetchParseMs, unit: 'ms' },
  { label: 'layout', value: (p) => p.layoutMs, unit: 'ms' },
  { label: 'first drawn frame', value: (p) => p.firstFrameMs, unit: 'ms' },
  { label: 'filter → frame, median', value: (p) => p.filterMedianMs, unit: 'ms' },
  { label: 'filter → frame, p95', value: (p) => p.filterP95Ms, unit: 'ms' },
  { label: 'search keystroke → results', value: (p) => p.searchMedianMs, unit: 'ms' },
  { label: 'selection → details', value: (p) => p.selectMedianMs, unit: 'ms' },
  { label: 'shared URL → restored frame', value: (p) => p.sharedUrlMs, unit: 'ms' },
  { label: 'JS heap after GC', value: (p) => p.heapMB, unit: 'MB' },
  { label: 'longest task: drawing', value: (p) => p.longestDrawingTaskMs, unit: 'ms' },
  { label: 'longest task: other', value: (p) => p.longestOtherTaskMs, unit: 'ms' },
];

const figure = (value: number | null, unit: string) =>
  value === null ? '–' : `${unit === 'MB' ? value.toFixed(1) : Math.round(value)} ${unit}`;

/** app ÷ baseline, or '–' where either is missing. */
export function ratio(app: number | null, baseline: number | null): string {
  if (app === null || baseline === null || baseline === 0) return '–';
  return `${(app / baseline).toFixed(2)}×`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The printed report: one table per dataset, then the renderers and drawing rules. */
export function formatReport(result: BenchResult): string {
  const { machine } = result;
  const lines = [
    `Diplograph bench, ${result.date}: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, ${machine.browser}, Node ${machine.node}; ${result.runs} runs per interaction`,
  ];
  for (const d of result.datasets) {
    const { app, naive, sigma } = d.pages;
    lines.push(
      '',
      `${d.dataset}: ${d.entities} entities, ${d.relations} relations (drawn by the app: ${app.drawn.nodes} nodes, ${app.drawn.edges} edges)`,
      table([
        ['', 'Diplograph', 'naive Cytoscape', 'sigma.js', 'app/naive', 'app/sigma'],
        ...ROWS.map((row) => [
          row.label,
          figure(row.value(app), row.unit),
          figure(row.value(naive), row.unit),
          figure(row.value(sigma), row.unit),
          ratio(row.value(app), row.value(naive)),
          ratio(row.value(app), row.value(sigma)),
        ]),
      ]),
    );
    if (d.overview !== undefined) lines.push(formatOverview(d.overview, naive, sigma));
  }
  if (result.startup !== undefined) lines.push('', formatStartup(result.startup));
  for (const leaks of result.leaks) lines.push('', formatLeaks(leaks));
  const first = result.datasets[0];
  if (first !== undefined) {
    lines.push('', 'Renderers and what each page draws at the fit-to-screen camera:');
    lines.push(`  naive Cytoscape: ${first.pages.naive.renderer}; ${first.pages.naive.drawing}`);
    lines.push(`  sigma.js: ${first.pages.sigma.renderer}; ${first.pages.sigma.drawing}`);
    lines.push(`  Diplograph: ${first.pages.app.renderer}`);
    for (const d of result.datasets) lines.push(`    ${d.dataset}: ${d.pages.app.drawing}`);
  }
  return lines.join('\n');
}

const LEAK_ROWS: readonly [label: string, key: keyof LeakSample][] = [
  ['JS heap after GC (MB)', 'heapMB'],
  ['  compiled code (MB)', 'compiledCodeMB'],
  ['  JS objects, not code (MB)', 'heapWithoutCodeMB'],
  ['DOM nodes', 'domNodes'],
  ['event listeners', 'eventListeners'],
  ['canvases in the heap', 'canvases'],
  ['Cytoscape instances', 'cytoscapeInstances'],
  ['workers', 'workers'],
];

/** Counts that must not grow from switch to switch; a few more DOM nodes may come with the other dataset. */
const LEAK_COUNTS: readonly [label: string, key: keyof LeakSample, slack: number][] = [
  ['DOM nodes', 'domNodes', LEAK_TOLERANCE],
  ['event listeners', 'eventListeners', LEAK_TOLERANCE],
  ['canvases', 'canvases', 0],
  ['Cytoscape instances', 'cytoscapeInstances', 0],
  ['workers', 'workers', 0],
];

/**
 * Whether the switches leak, judged on what the app keeps: the JS objects (the
 * heap less compiled code, which V8 adds as functions get hot and which is no
 * leak) within the tolerance, and no count of DOM nodes, listeners, canvases,
 * Cytoscape instances or workers growing. `grew` names whatever did.
 */
export function leakVerdict(leaks: LeakFigures): { leak: boolean; grew: string[] } {
  const grew: string[] = [];
  const objects = heapGrowth(leaks, 'heapWithoutCodeMB');
  if (objects !== null && objects > LEAK_TOLERANCE)
    grew.push(
      `JS objects +${(objects * 100).toFixed(1)} % from switch 1 to switch ${leaks.switches}`,
    );
  for (const [label, key, slack] of LEAK_COUNTS) {
    const [first, last] = [leaks.afterFirst[key], leaks.afterLast[key]];
    if (first !== null && last !== null && last > first * (1 + slack))
      grew.push(`${label} ${first} → ${last}`);
  }
  return { leak: grew.length > 0, grew };
}

/** The leak section of the report: each count after the first, the midway and the last switch. */
export function formatLeaks(leaks: LeakFigures): string {
  const count = (value: number | null, key: keyof LeakSample) =>
    value === null ? '–' : key.endsWith('MB') ? value.toFixed(2) : String(value);
  const percent = (growth: number) => `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %`;
  const judged = (growth: number) =>
    `${Math.abs(growth) <= LEAK_TOLERANCE ? 'within' : 'OUTSIDE'} the ${LEAK_TOLERANCE * 100} % the app allows itself`;
  const curve = leaks.heapCurve
    .map((mb, index) => [index + 1, mb] as const)
    .filter(([done]) => done === 1 || done % 5 === 0 || done === leaks.switches)
    .map(([done, mb]) => `${done}: ${mb.toFixed(2)}`)
    .join(', ');
  const raw = heapGrowth(leaks);
  const { afterFirst, afterLast } = leaks;
  const codeGrowth =
    afterFirst.compiledCodeMB === null || afterLast.compiledCodeMB === null
      ? null
      : afterLast.compiledCodeMB - afterFirst.compiledCodeMB;
  const heapMB =
    afterFirst.heapMB === null || afterLast.heapMB === null
      ? null
      : afterLast.heapMB - afterFirst.heapMB;
  const warmed = heapGrowth(leaks, 'heapMB', 'afterMidway');
  const objects = heapGrowth(leaks, 'heapWithoutCodeMB');
  const verdict = leakVerdict(leaks);
  return [
    `Leaks, V8 ${leaks.compilers === 'jitless' ? 'without its compilers (--jitless)' : 'as shipped'}: ${leaks.switches} switches, each ${leaks.cycle}`,
    table([
      ['', 'after switch 1', `after switch ${leaks.midway}`, `after switch ${leaks.switches}`],
      ...LEAK_ROWS.map(([label, key]) => [
        label,
        count(leaks.afterFirst[key], key),
        count(leaks.afterMidway[key], key),
        count(leaks.afterLast[key], key),
      ]),
    ]),
    `JS heap after GC by switch (MB): ${curve}`,
    raw === null
      ? 'JS heap, raw: could not be measured'
      : `JS heap, raw: ${percent(raw)} from switch 1 to switch ${leaks.switches}${
          codeGrowth === null || heapMB === null
            ? ''
            : ` (${heapMB >= 0 ? '+' : ''}${heapMB.toFixed(2)} MB, of which compiled code ${codeGrowth >= 0 ? '+' : ''}${codeGrowth.toFixed(2)} MB)`
        }`,
    warmed === null
      ? 'JS heap from a warmed-up switch: could not be measured'
      : `JS heap from warmed-up switch ${leaks.midway} (V8 has compiled the hot code by then): ${percent(warmed)} to switch ${leaks.switches}: ${judged(warmed)}`,
    objects === null
      ? 'JS objects, compiled code left out: could not be measured'
      : `JS objects, compiled code left out: ${percent(objects)} from switch 1 to switch ${leaks.switches}: ${judged(objects)}`,
    verdict.leak
      ? `Verdict: LEAK — ${verdict.grew.join('; ')}`
      : `Verdict: no leak — judged on JS objects (within the ${LEAK_TOLERANCE * 100} %), DOM nodes, event listeners, canvases, Cytoscape instances and workers; compiled code is V8 warming up`,
  ].join('\n');
}

/** The figures every run must produce; their absence means the bench broke. */
export function missingFigures(
  result: BenchResult,
  expected: { datasets: boolean; leaks: boolean } = { datasets: true, leaks: false },
): string[] {
  const missing: string[] = [];
  if (expected.leaks) {
    for (const compilers of ['as shipped', 'jitless'] as const) {
      const leaks = result.leaks.find((run) => run.compilers === compilers);
      if (leaks === undefined) {
        missing.push(`leaks (${compilers}) › not measured`);
        continue;
      }
      if (leaks.heapCurve.length !== leaks.switches)
        missing.push(`leaks (${compilers}) › heap after each switch`);
      for (const [when, sample] of [
        ['after switch 1', leaks.afterFirst],
        [`after switch ${leaks.midway}`, leaks.afterMidway],
        [`after switch ${leaks.switches}`, leaks.afterLast],
      ] as const) {
        for (const key of [
          'heapMB',
          'heapWithoutCodeMB',
          'cytoscapeInstances',
          'canvases',
        ] as const)
          if (sample[key] === null) missing.push(`leaks (${compilers}) › ${when} › ${key}`);
      }
    }
  }
  if (!expected.datasets) return missing;
  for (const d of result.datasets) {
    for (const [name, page] of Object.entries(d.pages)) {
      const required: (keyof PageFigures)[] = [
        'fetchParseMs',
        'firstFrameMs',
        'filterMedianMs',
        'heapMB',
      ];
      if (name === 'app') required.push('searchMedianMs', 'selectMedianMs', 'sharedUrlMs');
      for (const key of required)
        if (page[key] === null) missing.push(`${d.dataset} › ${name} › ${key}`);
    }
  }
  if (result.datasets.length === 0) missing.push('no dataset');
  if ((result.startup?.files.length ?? 0) === 0) missing.push('JS before the first graph');
  return missing;
}
