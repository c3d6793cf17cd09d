import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { statusLine } from './graphPage.ts';
import { generateSyntheticDataset } from '../scripts/synth/generateSyntheticDataset.ts';
import { WORKER_THRESHOLD_CHARS } from '../src/dataset/readDatasetText.ts';

const seedText = readFileSync(new URL('../data/lavrov-choe.json', import.meta.url), 'utf8');

// The chunks that hold zod's schemas: a valid load never asks for them (the validators
// compiled ahead of time decide), a refused file or list does, for zod's messages.
const SCHEMA_CHUNK = /\/assets\/(datasetSchema|manifestSchema)-[\w-]+\.js$/;
function schemaChunksAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const match = SCHEMA_CHUNK.exec(new URL(request.url()).pathname);
    if (match !== null) asked.push(match[1]!);
  });
  return asked;
}

test('a dataset that does not match the format shows its problems, with their paths', async ({
  page,
}) => {
  const broken = JSON.parse(seedText) as {
    relations: { target: string }[];
    entities: { name: object }[];
  };
  broken.relations[0]!.target = 'atlantis';
  broken.entities[2]!.name = { tr: 'ABD' };
  await page.route('**/lavrov-choe.json', (route) => route.fulfill({ json: broken }));
  const asked = schemaChunksAsked(page);
  await page.goto('/');

  await expect(page.getByRole('alert')).toContainText('The dataset could not be shown');
  await expect(page.getByRole('listitem').filter({ hasText: 'entities[2].name.en' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  // zod's messages: its chunk came for them, and only for them (the list was valid).
  expect(asked).toEqual(['datasetSchema']);
});

test('a valid dataset and list load without zod, checked by the compiled validators', async ({
  page,
}) => {
  const asked = schemaChunksAsked(page);
  await page.goto('/');
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  expect(asked).toEqual([]);
});

test('a large dataset of the wrong shape is refused in the worker with zod’s messages', async ({
  page,
}) => {
  // Synthetic (fictional names), about 8.7 MB: past the 8 MB the page checks itself.
  const large = generateSyntheticDataset(7500, 7) as unknown as { entities: { name: object }[] };
  large.entities[5]!.name = { tr: 'Adsız' };
  const text = JSON.stringify(large);
  expect(text.length).toBeGreaterThan(WORKER_THRESHOLD_CHARS);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.route(
    (url) => url.pathname === '/broken-600.json',
    (route) => route.fulfill({ body: text, contentType: 'application/json' }),
  );
  await page.goto('/?data=/broken-600.json');
  await expect(page.getByRole('alert')).toContainText('does not match the dataset format');
  await expect(page.getByRole('listitem').filter({ hasText: 'entities[5].name.en' })).toBeVisible();
  expect(workers.some((url) => url.includes('checkDatasetWorker'))).toBe(true);
});

test('a malformed list of datasets says so', async ({ page }) => {
  await page.route('**/datasets.json', (route) => route.fulfill({ json: { datasets: [] } }));
  const asked = schemaChunksAsked(page);
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(
    'The list of datasets (datasets.json) is malformed.',
  );
  expect(asked).toContain('manifestSchema');
});

test('a file that is not JSON says so instead of showing a blank page', async ({ page }) => {
  await page.route('**/lavrov-choe.json', (route) =>
    route.fulfill({ body: '{"formatVersion": 1,, }', contentType: 'application/json' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('is not valid JSON');
});

test('the loading state comes first', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/lavrov-choe.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByText('Loading the dataset…')).toBeVisible();
  release();
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
});
