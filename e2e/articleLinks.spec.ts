import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import type { Dataset } from '../src/domain/dataset/datasetSchema.ts';
import { factValue, openExplorer } from './graphPage.ts';

const seedText = readFileSync(new URL('../data/lavrov-choe.json', import.meta.url), 'utf8');

/** Serves the seed dataset with its article's metadata changed. */
async function serveSeedWith(page: Page, article: Partial<Dataset['articles'][number]>) {
  const dataset = JSON.parse(seedText) as Dataset;
  Object.assign(dataset.articles[0]!, article);
  await page.route('**/lavrov-choe.json', (route) => route.fulfill({ json: dataset }));
}

test('a known article URL links out in a new tab, without opener or referrer', async ({ page }) => {
  await serveSeedWith(page, {
    url: 'https://example.org/news/1',
    publisher: 'Example Daily (fictional)',
  });
  await openExplorer(page, '/?sel=russia');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(factValue(details, 'Publisher')).toHaveText('Example Daily (fictional)');
  const link = details.getByRole('link', { name: 'https://example.org/news/1' });
  await expect(link).toHaveAttribute('href', 'https://example.org/news/1');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('a javascript: URL in a dataset is refused with its path, never linked', async ({ page }) => {
  await serveSeedWith(page, { url: 'javascript:alert(document.domain)' });
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The dataset could not be shown');
  await expect(page.getByRole('listitem').filter({ hasText: 'articles[0].url' })).toContainText(
    'must be an absolute http(s) URL',
  );
  await expect(page.locator('a[href*="javascript" i]')).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveText(['Open the default dataset']);
  expect(dialogs).toBe(0);
});
