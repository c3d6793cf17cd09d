import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { fileURLToPath } from 'node:url';
import { drawnView, dropFile, openExplorer, statusLine, visitInPage } from './graphPage.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`fixtures/datasets/${name}`, import.meta.url));

/** Opens the small valid fixture through Open file…, and waits until it is drawn. */
async function openSmallFile(page: Page): Promise<void> {
  await page.getByLabel('Dataset file').setInputFiles(fixture('valid-small.json'));
  await expect(statusLine(page)).toHaveText('3 entities · 2 relations shown');
}

test('?data= opens the fictional dataset, which says it is synthetic', async ({ page }) => {
  await openExplorer(page, '/?data=fictional-veld');
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  await expect(page.getByText('synthetic data', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('fictional-veld');
});

test('the switcher changes dataset, and the link follows', async ({ page }) => {
  await openExplorer(page);
  await page.getByLabel('Dataset', { exact: true }).selectOption('fictional-veld');
  await expect(
    page.getByRole('navigation', { name: 'Entities' }).getByRole('button', { name: 'Arvel Quint' }),
  ).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe('fictional-veld');
  await page.goBack();
  await expect(
    page
      .getByRole('navigation', { name: 'Entities' })
      .getByRole('button', { name: 'Sergey Lavrov' }),
  ).toBeVisible();
});

test('a broken file lists its problems and keeps the graph that was shown', async ({ page }) => {
  await openExplorer(page);
  const before = await drawnView(page);
  await page.getByLabel('Dataset file').setInputFiles(fixture('broken-dangling-end.json'));
  const notice = page.getByRole('alert').filter({ hasText: 'stays shown' });
  await expect(notice).toContainText(
    '“broken-dangling-end.json” does not match the dataset format.',
  );
  await expect(notice).toContainText('The dataset you had stays shown.');
  await expect(notice).toContainText('relations[1].target: no entity has the id "atlantis"');
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  expect(await drawnView(page)).toEqual(before);
});

test('a good file replaces the graph; its view cannot travel by link, so the file is offered', async ({
  page,
}) => {
  await openExplorer(page);
  await openSmallFile(page);
  await expect(page.getByText('Local file: valid-small.json')).toBeVisible();
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('file');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('a link cannot carry it')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the dataset' }).click();
  expect((await downloading).suggestedFilename()).toBe('valid-small.json');
  // The note floats over the page until it is closed.
  await page.getByRole('button', { name: 'Close this note' }).click();
  await expect(page.getByText('a link cannot carry it')).toHaveCount(0);
});

test('Back from an opened file shows the dataset the address names; Forward, the file again', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  await openSmallFile(page);
  await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBeNull();

  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe('fictional-veld');
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('fictional-veld');
  await expect(
    page.getByRole('navigation', { name: 'Entities' }).getByRole('button', { name: 'Arvel Quint' }),
  ).toBeVisible();
  await expect(page.getByText('Local file: valid-small.json')).toHaveCount(0);

  await page.goForward();
  await expect(statusLine(page)).toHaveText('3 entities · 2 relations shown');
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('file');

  // The default dataset's address is the same as the file's (no data=): history
  // still tells them apart.
  await page.getByLabel('Dataset', { exact: true }).selectOption('lavrov-choe');
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  await page.goBack();
  await expect(statusLine(page)).toHaveText('3 entities · 2 relations shown');
});

test('a ?data= link that fails while a file is open says why and keeps the file', async ({
  page,
}) => {
  await openExplorer(page);
  await openSmallFile(page);
  // As Back or Forward would bring it: in this tab, to an address that fails.
  await visitInPage(page, '?v=1&data=/no-such-dataset.json');
  const notice = page.getByRole('alert').filter({ hasText: 'stays shown' });
  await expect(notice).toContainText('/no-such-dataset.json is not JSON');
  await expect(statusLine(page)).toHaveText('3 entities · 2 relations shown');
  await expect(page.getByText('Local file: valid-small.json')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBeNull();

  // Retry asks the server again (the file does not stand in for the link), fails
  // again the same way, and the file is still what is shown.
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/no-such-dataset.json')) asked.push(request.url());
  });
  await notice.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => asked.length).toBe(1);
  await expect(notice).toContainText('/no-such-dataset.json is not JSON');
  await expect(statusLine(page)).toHaveText('3 entities · 2 relations shown');
  await expect(page.getByText('Local file: valid-small.json')).toBeVisible();
});

test('after a reload the opened file is gone, and the address decides', async ({ page }) => {
  await openExplorer(page);
  await openSmallFile(page);
  await page.reload();
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('lavrov-choe');
});

test('a file dropped on the page opens like a chosen one', async ({ page }) => {
  await openExplorer(page);
  const text = (await import('node:fs')).readFileSync(fixture('valid-small.json'), 'utf8');
  await dropFile(page, 'dropped.json', text, 'application/json');
  await expect(page.getByText('Local file: dropped.json')).toBeVisible();
  await expect(statusLine(page)).toHaveText('3 entities · 2 relations shown');
});

test('?data= from an origin that is not allowed is refused, and the default dataset shown', async ({
  page,
}) => {
  await openExplorer(page, '/?data=https://evil.example.com/data.json');
  await expect(page.getByRole('alert').filter({ hasText: 'were ignored' })).toContainText(
    'https://evil.example.com is not among the origins this deployment allows',
  );
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
});

test('?data= with a same-origin URL loads it', async ({ page }) => {
  await openExplorer(page, '/?data=/fictional-veld.json');
  await expect(
    page.getByRole('navigation', { name: 'Entities' }).getByRole('button', { name: 'Mira Dosan' }),
  ).toBeVisible();
});
