import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/domain/dataset/datasetSchema.ts';
import { placeInPage } from '../scripts/layoutInPage.ts';
import { TIMING_MARKS } from '../src/domain/timing/timingMarks.ts';
import { drawnView, openExplorer } from './graphPage.ts';
import { expect, test } from './test.ts';

// A small dataset is laid out in the page with fcose, which measures each label.
// `npm run data:layout` stores that layout (scripts/layoutInPage.ts), and every
// bundled dataset carries one (bundledDatasets.test.ts): the seed's first graph then
// needs no layout code and no layout run.

/** The scripts the page has fetched so far, by file name. */
function scriptsFetched(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.split('/').pop() ?? '')
      .filter((name) => name.endsWith('.js')),
  );
}

const isForceLayoutChunk = (name: string) => name.startsWith('forceLayout-');

/** How many layouts the page has started since it loaded. */
const layoutsRun = (page: Page) =>
  page.evaluate((mark) => performance.getEntriesByName(mark).length, TIMING_MARKS.layoutStarted);

test('the seed is drawn at its stored positions, with no force layout code fetched', async ({
  page,
}) => {
  await openExplorer(page);
  const seed = JSON.parse(readFileSync('data/lavrov-choe.json', 'utf8')) as Dataset;
  const { positions } = await drawnView(page);
  expect(positions).toEqual(
    Object.fromEntries(
      Object.entries(seed.positions ?? {}).map(([id, [x, y]]) => [
        id,
        [Math.round(x), Math.round(y)],
      ]),
    ),
  );
  expect((await scriptsFetched(page)).filter(isForceLayoutChunk)).toEqual([]);
  expect(await layoutsRun(page)).toBe(0);
});

test('data:layout stores the layout the page computes for a small dataset, and the page draws it as stored', async ({
  page,
  baseURL,
}) => {
  const dataset = JSON.parse(
    readFileSync('e2e/fixtures/datasets/valid-small.json', 'utf8'),
  ) as Dataset;
  expect(dataset.positions).toBeUndefined();
  const placed = await placeInPage(page, baseURL!, dataset);
  // The page laid it out itself.
  expect(await layoutsRun(page)).toBe(1);
  expect(Object.keys(placed).sort()).toEqual(dataset.entities.map((e) => e.id).sort());
  const points = new Set(Object.values(placed).map(([x, y]) => `${x},${y}`));
  expect(points.size).toBe(dataset.entities.length);

  // The same dataset with those positions stored: drawn where the page put them,
  // without a layout and without fetching fcose.
  await page.route(
    (url) => url.pathname === '/placed-small.json',
    (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ...dataset, positions: placed }),
      }),
  );
  await openExplorer(page, '/?data=/placed-small.json');
  const { positions } = await drawnView(page);
  expect(positions).toEqual(
    Object.fromEntries(
      Object.entries(placed).map(([id, [x, y]]) => [id, [Math.round(x), Math.round(y)]]),
    ),
  );
  expect(await layoutsRun(page)).toBe(0);
  expect((await scriptsFetched(page)).filter(isForceLayoutChunk)).toEqual([]);
});
