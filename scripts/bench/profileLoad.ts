// npm run bench:profile [-- --size 5000 --all --no-build --top 30 --url "/?…" --open-group | --open-part | --select | --filter]
//
// Where the time of one page load goes: records a V8 CPU profile (DevTools protocol)
// from navigation until the app has drawn its first graph, then prints the app's
// timing marks and the functions with the most self time, grouped by source file.
// The profile is written to bench-results/ too, for DevTools' Performance panel
// (load it there, or in chrome://inspect → "Open dedicated DevTools for Node"). One
// run, one machine: read it for proportions, not for absolute figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { withPositions } from '../layoutDataset.ts';
import { launchChromium } from '../browser.ts';
import { generateSyntheticDataset } from '../synth/generateSyntheticDataset.ts';
import { serveStatic } from './staticServer.ts';
import {
  appGraph,
  BENCH_FILTER,
  openLargestGroup,
  selectEntity,
  toggleFacet,
} from './pageProbes.ts';
import { TIMING_MARKS } from '../../src/domain/timing/timingMarks.ts';
import { selfTimeByFunction, totalTimeByFunction, type CpuProfile } from './cpuProfile.ts';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string' },
    all: { type: 'boolean', default: false },
    url: { type: 'string' },
    top: { type: 'string', default: '30' },
    'no-build': { type: 'boolean', default: false },
    // After the load, profile one interaction instead: opening the overview's largest group.
    'open-group': { type: 'boolean', default: false },
    // …or, that group opened first (outside the profile), opening its largest part.
    'open-part': { type: 'boolean', default: false },
    // …or selecting the most connected entity drawn, as the bench's "selection → details".
    select: { type: 'boolean', default: false },
    // …or the bench's filter: "Official" off, to its frame.
    filter: { type: 'boolean', default: false },
  },
});

const root = new URL('../../', import.meta.url).pathname;
const outDir = `${root}bench-results/`;
const dataDir = `${outDir}profile-data/`;
const appDir = `${outDir}profile-dist/`;
const port = 4795;
const origin = `http://127.0.0.1:${port}`;

if (!args['no-build']) {
  // Unminified, so the profile names the app's and the libraries' own functions.
  console.log('building the app (unminified)…');
  await build({
    root,
    logLevel: 'warn',
    build: { minify: false, outDir: appDir, emptyOutDir: true },
  });
}
mkdirSync(dataDir, { recursive: true });

let url = args.url ?? '/';
if (args.size !== undefined) {
  const size = Number(args.size);
  writeFileSync(
    `${dataDir}synthetic-${size}.json`,
    JSON.stringify(withPositions(generateSyntheticDataset(size, 1))),
  );
  url = `/?data=${encodeURIComponent(`${origin}/profile-data/synthetic-${size}.json`)}${args.all ? '&all=1' : ''}`;
}

const server = await serveStatic(
  [
    ['/profile-data/', dataDir],
    ['/', appDir],
  ],
  port,
);
const browser = await launchChromium();
try {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  // The document request carries both clocks: the profile's (monotonic, s) and the
  // wall clock (epoch, s), so the page's marks can be placed in the profile.
  const clocks: { found: { timestamp: number; wallTime: number } | null } = { found: null };
  const requests = new Map<string, { url: string; start: number; end: number | null }>();
  session.on('Network.requestWillBeSent', (event) => {
    if (clocks.found === null && event.type === 'Document') clocks.found = event;
    requests.set(event.requestId, { url: event.request.url, start: event.timestamp, end: null });
  });
  session.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (request !== undefined) request.end = event.timestamp;
  });
  await session.send('Network.enable');
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 250 });
  const ready = () =>
    page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor({ timeout: 180_000 });
  const interaction = args['open-group'] || args['open-part'] || args.select || args.filter;
  let hub: { id: string; label: string; degree: number } | undefined;
  if (interaction) {
    await page.goto(`${origin}${url}`);
    await ready();
    // Drawn in full, the graph is ready before its first frame (one long draw): the
    // interaction is profiled after that frame, not during it.
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      TIMING_MARKS.graphDrawn,
      { timeout: 180_000 },
    );
    await page.waitForTimeout(500);
    hub = (await page.evaluate(appGraph)).hubs[0];
    if (args['open-part']) {
      await page.evaluate(openLargestGroup, false);
      await page.waitForTimeout(500);
    }
  }
  await session.send('Profiler.start');
  const started = Date.now();
  if (args['open-group'] || args['open-part']) {
    const what = args['open-part'] ? 'its largest part' : 'the largest group';
    const ms = await page.evaluate(openLargestGroup, args['open-part']);
    console.log(
      ms === null
        ? `there was no ${args['open-part'] ? 'part' : 'group'} to open`
        : `opening ${what} took ${Math.round(ms)} ms to its frame`,
    );
  } else if (args.filter) {
    const { ms } = await page.evaluate(toggleFacet, BENCH_FILTER);
    console.log(`filtering ${BENCH_FILTER.join(' → ')} out took ${Math.round(ms)} ms to its frame`);
  } else if (args.select && hub !== undefined) {
    const ms = await page.evaluate(selectEntity, [hub.id, hub.label] as [string, string]);
    console.log(
      `selecting ${hub.label} (${hub.degree} ties) took ${Math.round(ms)} ms to its details`,
    );
  } else {
    await page.goto(`${origin}${url}`);
    await ready();
  }
  const wall = Date.now() - started;
  const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
  const { timeOrigin, marks } = await page.evaluate(() => ({
    timeOrigin: performance.timeOrigin,
    marks: performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('diplograph:'))
      .map((m) => [m.name, Math.round(m.startTime)] as const),
  }));
  const file = `${outDir}load-${args.size ?? 'page'}${args.all ? '-all' : ''}.cpuprofile`;
  writeFileSync(file, JSON.stringify(profile));

  console.log(`\n${url}\nready after ${wall} ms (wall clock, from navigation)`);
  console.log('\nmarks (ms since navigation):');
  for (const [name, at] of marks) console.log(`  ${String(at).padStart(7)}  ${name}`);
  if (clocks.found !== null) {
    const { timestamp, wallTime } = clocks.found;
    console.log('\nrequests (ms since navigation: asked → received):');
    for (const { url, start, end } of requests.values()) {
      const ms = (t: number) => String(Math.round((t - timestamp) * 1000)).padStart(6);
      console.log(
        `  ${ms(start)} → ${end === null ? '     –' : ms(end)}  ${url.replace(origin, '').slice(0, 90)}`,
      );
    }
    // A page time (ms since its time origin) in the profile's clock (µs).
    const inProfile = (ms: number) => (timestamp + (timeOrigin + ms) / 1000 - wallTime) * 1e6;
    const bounds: (readonly [string, number])[] = [['navigation', 0], ...marks];
    console.log('\nbetween marks, the functions with the most self time:');
    for (let i = 0; i < bounds.length; i += 1) {
      const [from, fromMs] = bounds[i]!;
      const [to, toMs] = bounds[i + 1] ?? ['ready', wall];
      const phase = selfTimeByFunction(profile, [inProfile(fromMs), inProfile(toMs)]);
      console.log(
        `  ${from} → ${to}: ${toMs - fromMs} ms, ${Math.round(phase.totalMs)} ms sampled; by file: ${phase.byFile
          .slice(0, 4)
          .map(([name, ms]) => `${name} ${Math.round(ms)}`)
          .join(', ')}`,
      );
      console.log(
        `      ${String(Math.round(phase.idleMs)).padStart(6)} ms  idle, ${Math.round(phase.programMs)} ms browser's own work`,
      );
      for (const [name, ms] of phase.byFunction.slice(0, 6))
        console.log(`      ${String(Math.round(ms)).padStart(6)} ms  ${name}`);
      const callers = totalTimeByFunction(profile, [inProfile(fromMs), inProfile(toMs)]);
      console.log(`    including what they call:`);
      for (const [name, ms] of callers.slice(0, Number(args.top)))
        console.log(`      ${String(Math.round(ms)).padStart(6)} ms  ${name}`);
    }
  }
  const { byFunction, byFile, totalMs } = selfTimeByFunction(profile);
  console.log(`\nself time by source file (of ${Math.round(totalMs)} ms sampled):`);
  for (const [name, ms] of byFile.slice(0, 12))
    console.log(`  ${String(Math.round(ms)).padStart(7)} ms  ${name}`);
  console.log(`\nfunctions with the most self time:`);
  for (const [name, ms] of byFunction.slice(0, Number(args.top)))
    console.log(`  ${String(Math.round(ms)).padStart(7)} ms  ${name}`);
  console.log(`\nprofile written to ${file}`);
} finally {
  await browser.close();
  server.close();
}
