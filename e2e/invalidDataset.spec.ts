import { readFileSync } from 'node:fs';
import { expect, test } from './test.ts';
import { statusLine } from './graphPage.ts';

const seedText = readFileSync(new URL('../data/lavrov-choe.json', import.meta.url), 'utf8');

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
  await page.goto('/');

  await expect(page.getByRole('alert')).toContainText('The dataset could not be shown');
  await expect(page.getByRole('listitem').filter({ hasText: 'entities[2].name.en' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
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
