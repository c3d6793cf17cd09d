import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { openExplorer, statusLine } from './graphPage.ts';

// Service workers are blocked in every other spec (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const entities = (page: Page) => page.getByRole('navigation', { name: 'Entities' });
const kindBox = (page: Page, name: string) =>
  page
    .getByRole('group', { name: 'Entity kinds' })
    .getByRole('checkbox', { name: new RegExp(`^${name}`) });

test('after one visit, a shared link reopens without a network, with its view', async ({
  page,
  context,
}) => {
  const link = '/?data=fictional-veld&kinds=state,official,meeting,topic&sel=arvel-quint';
  await openExplorer(page, link);
  // The worker takes control of this first page once it has cached the app and
  // every bundled dataset.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  const shown = await statusLine(page).textContent();
  expect(shown).toMatch(/^\d+ entities · \d+ relations shown$/);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Arvel Quint');

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  await expect(statusLine(page)).toHaveText(shown!);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Arvel Quint');
  await expect(kindBox(page, 'Bloc')).not.toBeChecked();
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('fictional-veld');
  expect(new URL(page.url()).searchParams.get('sel')).toBe('arvel-quint');

  // The other bundled dataset was cached too, though it was never opened.
  await page.getByLabel('Dataset', { exact: true }).selectOption('lavrov-choe');
  await expect(entities(page).getByRole('button', { name: 'Sergey Lavrov' })).toBeVisible();
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
});

/** registerServiceWorker.ts: a page that has drawn no graph registers after this. */
const REGISTER_AT_LATEST_MS = 10_000;
const pageAge = (page: Page) => page.evaluate(() => performance.now());

/** Whether the page has registered a service worker. */
const isRegistered = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
const isSeedFile = (url: URL) => url.pathname === '/lavrov-choe.json';

test('the service worker waits for the first graph: its precache does not compete with it', async ({
  page,
}) => {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(isSeedFile, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
  await page.waitForTimeout(1_500);
  // Well within the 10 s after which a page that has drawn no graph registers anyway.
  expect(await pageAge(page)).toBeLessThan(REGISTER_AT_LATEST_MS);
  expect(await isRegistered(page)).toBe(false);

  release();
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  await expect.poll(() => isRegistered(page)).toBe(true);
  // Registered for the graph, not for the time.
  expect(await pageAge(page)).toBeLessThan(REGISTER_AT_LATEST_MS);
});

test('a page that draws no graph registers the service worker all the same', async ({ page }) => {
  await page.route(isSeedFile, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect
    .poll(() => isRegistered(page), { timeout: REGISTER_AT_LATEST_MS + 5_000 })
    .toBe(true);
});
