// Opens fuzzed links in Chromium against a production build and reports the ones
// that broke something: no app shell, an uncaught error, a console error, a panel
// that fell back to its error boundary, or a Content-Security-Policy violation.
//   npm run fuzz:links -- --count 500 --seed 42
//   npm run fuzz:links -- --url http://127.0.0.1:4781   (a server already running)
// Exits with 1 when a link failed; the failing links are written to
// test-results/fuzz-links.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build, preview, type PreviewServer } from 'vite';
import type { Dataset } from '../../src/domain/dataset/datasetSchema.ts';
import { launchChromium } from '../browser.ts';
import { fuzzedLinkVisitor, type LinkVisit } from './fuzzedLinkVisitor.ts';
import { FUZZ_KINDS, fuzzLinks, vocabularyOf } from './fuzzLinks.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '500' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    url: { type: 'string' },
    port: { type: 'string', default: process.env.DIPLOGRAPH_FUZZ_PORT ?? '4784' },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run fuzz:links -- [--count N] [--seed N] [--url URL] [--port N]');
  process.exit(2);
}

const dataset = JSON.parse(
  readFileSync(new URL('../../data/lavrov-choe.json', import.meta.url), 'utf8'),
) as Dataset;
const links = fuzzLinks(vocabularyOf(dataset), { seed, count });

let server: PreviewServer | undefined;
let origin = values.url;
if (origin === undefined) {
  console.log('Building the app…');
  await build({ logLevel: 'warn' });
  const port = Number(values.port);
  server = await preview({
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  origin = `http://127.0.0.1:${port}`;
}

const browser = await launchChromium();
const results: LinkVisit[] = [];
const violations: string[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  const visit = fuzzedLinkVisitor(page, origin);
  console.log(`Opening ${count} fuzzed links (seed ${seed}) at ${origin}…`);
  for (const [i, link] of links.entries()) {
    const result = await visit(link);
    results.push(result);
    if (result.problems.length > 0)
      console.log(`✘ ${i + 1}/${count} ${link.kind}: ${result.problems[0]}`);
    else if ((i + 1) % 50 === 0) console.log(`… ${i + 1}/${count}`);
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) =>
    server ? server.httpServer.close(() => resolve()) : resolve(),
  );
}

const failed = results.filter((r) => r.problems.length > 0);
console.log(
  `\n${count} links, seed ${seed}: ${count - failed.length} fine, ${failed.length} failed`,
);
for (const kind of FUZZ_KINDS) {
  const ofKind = results.filter((r) => r.link.kind === kind);
  if (ofKind.length === 0) continue;
  const explorer = ofKind.filter((r) => r.shown === 'explorer').length;
  const slowest = Math.max(...ofKind.map((r) => r.ms));
  console.log(
    `  ${kind.padEnd(16)} ${String(ofKind.length).padStart(4)} links, ${explorer} to the explorer, ` +
      `${ofKind.filter((r) => r.problems.length > 0).length} failed, slowest ${slowest} ms`,
  );
}
const total = results.reduce((sum, r) => sum + r.ms, 0);
console.log(`  ${(total / 1000).toFixed(1)} s in all, ${Math.round(total / count)} ms a link`);
if (violations.length > 0)
  console.log(`\nContent-Security-Policy violations:\n  ${violations.join('\n  ')}`);

if (failed.length > 0 || violations.length > 0) {
  mkdirSync('test-results', { recursive: true });
  const report = failed.map((r) => ({
    kind: r.link.kind,
    link: `${origin}/${r.link.query}`.slice(0, 2000),
    problems: r.problems,
  }));
  writeFileSync(
    'test-results/fuzz-links.json',
    `${JSON.stringify({ seed, count, failed: report, violations }, null, 2)}\n`,
  );
  console.log('\nFailing links:');
  for (const r of report)
    console.log(`  ${r.link.slice(0, 200)}\n    ${r.problems.join('\n    ')}`);
  console.log('(all in test-results/fuzz-links.json)');
  process.exit(1);
}
