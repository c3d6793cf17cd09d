// npm run bench [-- --sizes 1000,5000,20000 --runs 7 --smoke --leaks --switches 50 --no-build --out file.json --renderer webgl|canvas]
//
// Builds the app and two baseline pages (naive Cytoscape, sigma.js) for production,
// serves them on one origin, and drives headless Chromium over the seed dataset and
// synthetic ones: load, layout, first drawn frame, filter → frame, search, selection,
// a shared link reopened, heap after a forced GC and the longest main-thread tasks.
// Then leaks: the heap after each of 50 switches between the bundled datasets and
// views, and live objects after the first, the 25th and the 50th; once with V8 as
// shipped and once --jitless, where no compiled code grows as functions get hot
// (`--leaks` measures only that).
// The baselines draw the app's own elements at the app's positions, in the same run.
// A benchmark, not a test: it prints figures and asserts nothing about them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import type { BenchPage } from '../../bench/pages/benchGraph.ts';
import { build } from 'vite';
import { TIMING_MARKS } from '../../src/domain/timing/timingMarks.ts';
import { DETAIL_MAX_ELEMENTS, isOverview } from '../../src/graph-view/graphPalette.ts';
import { OVERVIEW_LABEL_ZOOM } from '../../src/graph-view/graphStylesheet.ts';
import { showsOverview } from '../../src/domain/overview/overviewThreshold.ts';
import { ensureChromium, launchChromium } from '../browser.ts';
import { withPositions } from '../layoutDataset.ts';
import { generateSyntheticDataset } from '../synth/generateSyntheticDataset.ts';
import {
  describeRenderer,
  formatReport,
  missingFigures,
  longestTasks,
  median,
  quantile,
  type BenchResult,
  type DatasetFigures,
  type LeakFigures,
  type OverviewFigures,
  type PageFigures,
  type StartupScripts,
} from './benchFigures.ts';
import { heapAfterGc, measureLeaks } from './measureLeaks.ts';
import {
  appGraph,
  installProbes,
  markTime,
  openLargestGroup,
  overviewShape,
  readProbes,
  selectEntity,
  toggleFacet,
  typeSearch,
  BENCH_FILTER,
  webglRendererName,
} from './pageProbes.ts';
import { serveStatic } from './staticServer.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000,50000' },
    runs: { type: 'string', default: '7' },
    smoke: { type: 'boolean', default: false },
    leaks: { type: 'boolean', default: false },
    switches: { type: 'string', default: '50' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
    port: { type: 'string', default: process.env.DIPLOGRAPH_BENCH_PORT ?? '4783' },
    // Forces the app's renderer (?renderer=); absent, the app chooses as for a visitor.
    renderer: { type: 'string' },
  },
});
// The smoke run (CI) keeps the bench working: the seed and the smallest size, 3 runs.
const sizes = args.smoke ? [1000] : args.sizes.split(',').map(Number);
const runs = args.smoke ? 3 : Number(args.runs);
const port = Number(args.port);
// Before building: a machine without a browser hears so in seconds, not minutes.
ensureChromium();
// The smoke run keeps the leak measurement working with fewer switches.
const switches = args.smoke ? 10 : Number(args.switches);
const leaksOnly = args.leaks;
const out =
  args.out ??
  (args.smoke
    ? 'bench-results/smoke.json'
    : leaksOnly
      ? 'bench-results/leaks.json'
      : 'bench-results/bench.json');
if (
  sizes.some((n) => !Number.isInteger(n) || n < 10) ||
  !Number.isInteger(runs) ||
  runs < 1 ||
  !Number.isInteger(switches) ||
  switches < 2 ||
  (args.renderer !== undefined && !['webgl', 'canvas'].includes(args.renderer))
) {
  console.error(
    'usage: npm run bench -- [--sizes 1000,5000] [--runs 7] [--smoke] [--leaks] [--switches 50] [--no-build] [--renderer webgl|canvas]',
  );
  process.exit(2);
}

const withRenderer = (url: string) =>
  args.renderer === undefined
    ? url
    : `${url}${url.includes('?') ? '&' : '?'}renderer=${args.renderer}`;
const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = `${root}bench-results/data/`;
const origin = `http://127.0.0.1:${port}`;
const LOAD_TIMEOUT_MS = 15 * 60_000;
const VIEWPORT = { width: 1400, height: 860 };
// The filter the bench toggles: officials are about 40 % of a synthetic dataset's
// entities and take their offices and meetings with them.
const FILTER = BENCH_FILTER;

/** What the app draws at the fit-to-screen camera: its level-of-detail rules (graphStylesheet.ts). */
const appDrawing = (graph: { nodes: unknown[]; edges: unknown[] }) =>
  !isOverview({ entities: graph.nodes, relations: graph.edges })
    ? 'full detail: labels from 6 px on screen, curved edges with arrowheads, single-source rings, hedge marks'
    : `overview (above ${DETAIL_MAX_ELEMENTS} elements): labels only on the entities in view from zoom ${OVERVIEW_LABEL_ZOOM} on, and on the selection's neighbourhood, straight 1 px edges without arrowheads, rings or dashes, sharp-cornered shapes`;
const NAIVE_DRAWING = "Cytoscape's default style: no labels, haystack edges without arrows";
const SIGMA_DRAWING = "sigma's defaults: labels only for nodes ≥ 6 px on screen, no arrows";

if (!args['no-build']) {
  console.log('building the app and the baseline pages…');
  await build({ root, logLevel: 'warn' });
  if (!leaksOnly) await build({ configFile: `${root}bench/vite.config.ts`, logLevel: 'warn' });
}

mkdirSync(dataDir, { recursive: true });
const datasets: { name: string; url: string; unplacedUrl?: string; overviewUrl?: string }[] =
  leaksOnly ? [] : [{ name: 'seed (lavrov-choe)', url: withRenderer('/') }];
const dataUrl = (file: string) =>
  withRenderer(`/?data=${encodeURIComponent(`${origin}/bench-data/${file}`)}`);
for (const size of leaksOnly ? [] : sizes) {
  // As an analyst would ship a large dataset: with positions from data:layout. The
  // same set without them measures the layout worker.
  const dataset = generateSyntheticDataset(size, 1);
  writeFileSync(`${dataDir}synthetic-${size}-unplaced.json`, JSON.stringify(dataset));
  writeFileSync(`${dataDir}synthetic-${size}.json`, JSON.stringify(withPositions(dataset)));
  // The app's full drawing ("Draw every entity") is what the baselines compare with;
  // a dataset past the overview's threshold is measured as an overview too.
  const isLarge = showsOverview(dataset, false);
  const all = isLarge ? '&all=1' : '';
  datasets.push({
    name: `synthetic ${size}`,
    url: `${dataUrl(`synthetic-${size}.json`)}${all}`,
    unplacedUrl: `${dataUrl(`synthetic-${size}-unplaced.json`)}${all}`,
    ...(isLarge ? { overviewUrl: dataUrl(`synthetic-${size}.json`) } : {}),
  });
}

const server = await serveStatic(
  [
    ['/bench-data/', dataDir],
    ['/bench/', `${root}dist-bench/`],
    ['/', `${root}dist/`],
  ],
  port,
);
const browser = await launchChromium();
const browserName = `Chromium ${browser.version()} headless`;

async function openPage(url: string, { probes = true, on = browser } = {}): Promise<Page> {
  // The service worker's first-visit caching would compete with what is measured.
  const context = await on.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  if (probes) await page.addInitScript(installProbes);
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  await page.goto(`${origin}${url}`);
  return page;
}

async function loadTasks(page: Page, until: number | null) {
  const probes = await page.evaluate(readProbes);
  return longestTasks(probes.longTasks, probes.frameCallbacks, until ?? Infinity);
}

const appReady = (page: Page) =>
  page
    .locator('[data-testid="graph-canvas"][data-ready="true"]')
    .waitFor({ timeout: LOAD_TIMEOUT_MS });

/** Loads a dataset without stored positions and times the layout (in the page or a worker). */
async function measureLayout(url: string): Promise<number | null> {
  const page = await openPage(url);
  await appReady(page);
  const started = await page.evaluate(markTime, TIMING_MARKS.layoutStarted);
  const done = await page.evaluate(markTime, TIMING_MARKS.layoutDone);
  await page.context().close();
  return started !== null && done !== null ? done - started : null;
}

async function measureApp(url: string, unplacedUrl: string | undefined) {
  const page = await openPage(url);
  await appReady(page);
  await page.waitForTimeout(300);
  const mark = (name: string) => page.evaluate(markTime, name);
  const requested = await mark(TIMING_MARKS.datasetRequested);
  const ready = await mark(TIMING_MARKS.datasetReady);
  const layoutStarted = await mark(TIMING_MARKS.layoutStarted);
  const layoutDone = await mark(TIMING_MARKS.layoutDone);
  const { firstFrameAt: firstFrameMs } = await page.evaluate(readProbes);
  const tasks = await loadTasks(page, firstFrameMs);
  const heapMB = await heapAfterGc(page);
  const graph = await page.evaluate(appGraph);
  const drawnWith = await page.getByTestId('graph-canvas').getAttribute('data-renderer');
  const renderer = describeRenderer(
    drawnWith === 'webgl' ? 'WebGL' : 'canvas 2D',
    await page.evaluate(webglRendererName),
  );

  const filterTimes: number[] = [];
  let hidden: string[] = [];
  for (let i = 0; i < runs; i += 1) {
    const off = await page.evaluate(toggleFacet, FILTER);
    hidden = off.hidden;
    const on = await page.evaluate(toggleFacet, FILTER);
    filterTimes.push(off.ms, on.ms);
  }
  const hub = graph.hubs[0]!;
  const word = hub.label.split(/\s+/).find((w) => w.length >= 4) ?? hub.label;
  const searchTimes = await page.evaluate(typeSearch, word.slice(0, 5));
  const selectTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const entity = graph.hubs[i % graph.hubs.length]!;
    selectTimes.push(
      await page.evaluate(selectEntity, [entity.id, entity.label] as [string, string]),
    );
  }
  // A shared link: the filter off and the hub selected, opened in a fresh browser context.
  const shown = graph.hubs.find((h) => !hidden.includes(h.id)) ?? hub;
  await page.evaluate(toggleFacet, FILTER);
  await page.evaluate(selectEntity, [shown.id, shown.label] as [string, string]);
  // The URL is written on a short throttle: wait for the selection in it, and a moment more.
  await page.waitForURL((url) => url.searchParams.get('sel') === shown.id, { timeout: 10_000 });
  await page.waitForTimeout(400);
  const shared = new URL(page.url());
  await page.context().close();
  const reopened = await openPage(`${shared.pathname}${shared.search}`);
  await appReady(reopened);
  const { firstFrameAt: sharedUrlMs } = await reopened.evaluate(readProbes);
  const restored = await reopened.evaluate(appGraph);
  if (restored.drawn.nodes !== graph.nodes.length - hidden.length)
    console.warn(
      `  the shared link drew ${restored.drawn.nodes} entities, expected ${graph.nodes.length - hidden.length}`,
    );
  await reopened.context().close();

  const figures: PageFigures = {
    renderer,
    drawing: appDrawing(graph),
    drawn: graph.drawn,
    fetchParseMs: requested !== null && ready !== null ? ready - requested : null,
    layoutMs:
      unplacedUrl !== undefined
        ? await measureLayout(unplacedUrl)
        : layoutStarted !== null && layoutDone !== null
          ? layoutDone - layoutStarted
          : null,
    firstFrameMs,
    filterMedianMs: median(filterTimes),
    filterP95Ms: quantile(filterTimes, 0.95),
    searchMedianMs: median(searchTimes),
    selectMedianMs: median(selectTimes),
    sharedUrlMs,
    heapMB,
    longestDrawingTaskMs: tasks.drawing,
    longestOtherTaskMs: tasks.other,
  };
  return { figures, graph, hidden };
}

/** The overview of a large dataset: first frame, what it shows, opening a group, a filter. */
async function measureOverview(url: string): Promise<OverviewFigures> {
  const page = await openPage(url);
  await appReady(page);
  await page.waitForTimeout(300);
  const { firstFrameAt: firstFrameMs } = await page.evaluate(readProbes);
  const tasks = await loadTasks(page, firstFrameMs);
  const heapMB = await heapAfterGc(page);
  const shown = await page.evaluate(overviewShape);
  const filterTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    filterTimes.push((await page.evaluate(toggleFacet, FILTER)).ms);
    filterTimes.push((await page.evaluate(toggleFacet, FILTER)).ms);
  }
  const openGroupMs = await page.evaluate(openLargestGroup, false);
  await page.waitForTimeout(300);
  const opened = await page.evaluate(overviewShape);
  // A group past the app's limit opens into parts by kind: then its largest part too.
  const openPartMs = await page.evaluate(openLargestGroup, true);
  await page.waitForTimeout(300);
  const openedPart = openPartMs === null ? null : await page.evaluate(overviewShape);
  await page.context().close();
  return {
    firstFrameMs,
    openGroupMs,
    openPartMs,
    openedPart,
    filterMedianMs: median(filterTimes),
    heapMB,
    longestOtherTaskMs: tasks.other,
    shown: { groups: shown.groups, ties: shown.ties },
    opened,
  };
}

interface BaselineLoad {
  fetchParseMs: number;
  renderer: string;
}

async function measureBaseline(
  pageName: 'naive-cytoscape' | 'sigma',
  graphFile: string,
  hidden: string[],
  drawing: string,
): Promise<PageFigures> {
  const page = await openPage(`/bench/${pageName}.html?graph=/bench-data/${graphFile}`);
  page.setDefaultTimeout(LOAD_TIMEOUT_MS);
  const load = await page.evaluate(() => {
    const bench: BenchPage | undefined = window.benchPage;
    return bench?.loaded ?? Promise.reject(new Error('no bench page'));
  });
  const { fetchParseMs, renderer: kind } = load as BaselineLoad;
  await page.waitForFunction(() => window.__benchProbes?.firstFrameAt != null);
  const { firstFrameAt: firstFrameMs } = await page.evaluate(readProbes);
  const renderer = describeRenderer(kind, await page.evaluate(webglRendererName));
  await page.waitForTimeout(300);
  const tasks = await loadTasks(page, firstFrameMs);
  const heapMB = await heapAfterGc(page);
  const filterTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    for (const hide of [true, false]) {
      filterTimes.push(
        await page.evaluate(([ids, h]) => window.benchPage!.setHidden([...ids], h), [
          hidden,
          hide,
        ] as const),
      );
    }
  }
  await page.context().close();
  return {
    renderer,
    drawing,
    drawn: { nodes: 0, edges: 0 },
    fetchParseMs,
    layoutMs: null,
    firstFrameMs,
    filterMedianMs: median(filterTimes),
    filterP95Ms: quantile(filterTimes, 0.95),
    searchMedianMs: null,
    selectMedianMs: null,
    sharedUrlMs: null,
    heapMB,
    longestDrawingTaskMs: tasks.drawing,
    longestOtherTaskMs: tasks.other,
  };
}

/**
 * The scripts the seed's page asks for before it draws its graph, and their size
 * gzipped: the JS an analyst's browser needs before any graph shows.
 */
async function measureStartupScripts(): Promise<StartupScripts> {
  const page = await openPage('/', { probes: false });
  await appReady(page);
  const files = await page.evaluate((drawnMark) => {
    const drawn = performance.getEntriesByName(drawnMark)[0]?.startTime ?? Infinity;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < drawn)
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js'));
  }, TIMING_MARKS.graphDrawn);
  await page.context().close();
  const bytes = files.reduce(
    (sum, path) => sum + gzipSync(readFileSync(`${root}dist${path}`)).length,
    0,
  );
  return { files, gzipKB: bytes / 1000 };
}

const results: DatasetFigures[] = [];
let startup: StartupScripts | undefined;
const leaks: LeakFigures[] = [];
try {
  if (!leaksOnly) startup = await measureStartupScripts();
  for (const dataset of datasets) {
    console.log(`measuring ${dataset.name}…`);
    const app = await measureApp(dataset.url, dataset.unplacedUrl);
    const overview =
      dataset.overviewUrl === undefined ? undefined : await measureOverview(dataset.overviewUrl);
    const graphFile = `graph-${results.length}.json`;
    writeFileSync(
      `${dataDir}${graphFile}`,
      JSON.stringify({ nodes: app.graph.nodes, edges: app.graph.edges }),
    );
    const drawnAll = { nodes: app.graph.nodes.length, edges: app.graph.edges.length };
    const naive = await measureBaseline('naive-cytoscape', graphFile, app.hidden, NAIVE_DRAWING);
    const sigma = await measureBaseline('sigma', graphFile, app.hidden, SIGMA_DRAWING);
    results.push({
      dataset: dataset.name,
      entities: drawnAll.nodes,
      relations: drawnAll.edges,
      pages: {
        app: app.figures,
        naive: { ...naive, drawn: drawnAll },
        sigma: { ...sigma, drawn: drawnAll },
      },
      ...(overview === undefined ? {} : { overview }),
    });
  }
  // Twice: as shipped, then with V8's compilers off, where compiled code cannot
  // grow as functions get hot and what grows is what the app keeps.
  for (const compilers of ['as shipped', 'jitless'] as const) {
    console.log(`measuring leaks over ${switches} switches, V8 ${compilers}…`);
    const on = compilers === 'jitless' ? await launchChromium(['--js-flags=--jitless']) : browser;
    try {
      // Without the timing probes, whose records would grow with every switch.
      const page = await openPage('/', { probes: false, on });
      await appReady(page);
      leaks.push(
        await measureLeaks(page, switches, compilers, (done) => console.log(`  ${done} switches`)),
      );
      await page.context().close();
    } catch (error) {
      console.error(`  the leak run broke off: ${(error as Error).message}`);
    } finally {
      if (on !== browser) await on.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

const result: BenchResult = {
  date: new Date().toISOString().slice(0, 10),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    browser: browserName,
    node: process.versions.node,
  },
  runs,
  datasets: results,
  leaks,
  ...(startup === undefined ? {} : { startup }),
};
// --out is taken from the repository's root, unless it is an absolute path.
const outPath = isAbsolute(out) ? out : `${root}${out}`;
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\n${formatReport(result)}\n\nwrote ${outPath}`);
// Figures are not judged, but a figure that could not be taken means the bench broke.
const missing = missingFigures(result, { datasets: !leaksOnly, leaks: true });
if (missing.length > 0) {
  console.error(`the bench could not measure: ${missing.join('; ')}`);
  process.exitCode = 1;
}
