import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/domain/dataset/datasetSchema.ts';
import { fuzzedLinkVisitor } from '../scripts/fuzz/fuzzedLinkVisitor.ts';
import { fuzzLinks, vocabularyOf } from '../scripts/fuzz/fuzzLinks.ts';
import { expect, test } from './test.ts';

const seed = JSON.parse(
  readFileSync(new URL('../data/lavrov-choe.json', import.meta.url), 'utf8'),
) as Dataset;
// The same links as the unit tests check (scripts/fuzz/fuzzLinks.test.ts, seed 1);
// `npm run fuzz:links -- --count 500 --seed N` opens more, each as a new page.
const links = fuzzLinks(vocabularyOf(seed), { seed: 1, count: 100 });

test('100 fuzzed links each open to the app shell, with no uncaught or console error', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const visit = fuzzedLinkVisitor(page, baseURL!);
  const failures: { query: string; kind: string; problems: string[] }[] = [];
  const shown = { explorer: 0, 'dataset problem': 0, nothing: 0 };
  for (const [i, link] of links.entries()) {
    // Half loaded as new pages, half through the history, which is faster.
    const result = await visit(link, i % 2 === 0 ? 'load' : 'history');
    shown[result.shown] += 1;
    if (result.problems.length > 0)
      failures.push({
        query: link.query.slice(0, 300),
        kind: link.kind,
        problems: result.problems,
      });
  }
  expect(failures).toEqual([]);
  // Most links name the seed dataset or none, so most must reach the explorer.
  expect(shown.explorer).toBeGreaterThan(links.length / 2);
});
