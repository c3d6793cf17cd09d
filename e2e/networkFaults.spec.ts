import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './test.ts';
import { openExplorer, statusLine, visitInPage } from './graphPage.ts';

// Faults are injected on the dataset file itself. A URL predicate on the pathname,
// not a glob: `**/lavrov-choe.json` would also match a `/?data=/lavrov-choe.json`
// navigation.
const seedText = readFileSync(new URL('../data/lavrov-choe.json', import.meta.url), 'utf8');
const isFile = (name: string) => (url: URL) => url.pathname === `/${name}`;

/** Answers the dataset's requests with the given faults in turn, then passes them through. */
async function faults(page: Page, name: string, ...answers: ((route: Route) => Promise<void>)[]) {
  const requests: string[] = [];
  await page.route(isFile(name), async (route) => {
    requests.push(route.request().url());
    const answer = answers.shift();
    await (answer === undefined ? route.continue() : answer(route));
  });
  return requests;
}

const unavailable = (route: Route) => route.fulfill({ status: 503, body: 'busy' });

test('a 503 is retried after a second, and the graph appears', async ({ page }) => {
  const requests = await faults(page, 'lavrov-choe.json', unavailable);
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Retrying in 1 s (attempt 2 of 3)…');
  await expect(page.getByText('the server answered 503')).toBeVisible();
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  expect(requests).toHaveLength(2);
});

test('a request that times out is retried with a longer wait each time', async ({ page }) => {
  const timedOut = (route: Route) => route.abort('timedout');
  const requests = await faults(page, 'lavrov-choe.json', timedOut, timedOut);
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Retrying in 1 s (attempt 2 of 3)…');
  await expect(page.getByRole('status')).toHaveText('Retrying in 2 s (attempt 3 of 3)…');
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  expect(requests).toHaveLength(3);
});

test('a file that arrives cut off is fetched again', async ({ page }) => {
  const cutOff = (route: Route) =>
    route.fulfill({ body: seedText.slice(0, 4000), contentType: 'application/json' });
  // Fewer bytes than the Content-Length header announced.
  const short = (route: Route) =>
    route.fulfill({
      body: seedText.slice(0, 4000),
      headers: { 'content-type': 'application/json', 'content-length': String(seedText.length) },
    });
  const requests = await faults(page, 'lavrov-choe.json', cutOff, short);
  await page.goto('/');
  await expect(page.getByText('it looks cut off')).toBeVisible();
  await expect(page.getByText('(attempt 3 of 3)')).toBeVisible();
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  expect(requests).toHaveLength(3);
});

test('a missing file is not retried on its own; Retry loads it once it is back', async ({
  page,
}) => {
  const missing = (route: Route) => route.fulfill({ status: 404, body: 'not found' });
  const requests = await faults(page, 'lavrov-choe.json', missing);
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('the server answered 404');
  await page.waitForTimeout(1500);
  expect(requests).toHaveLength(1);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
});

test('a missing file is reported even when the answer comes before the page first renders', async ({
  page,
}) => {
  // The first render waits for the UI strings' chunk; held back, the 404 comes first.
  await page.route(
    (url) => url.pathname.startsWith('/assets/stringsEn-'),
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    },
  );
  const missing = (route: Route) => route.fulfill({ status: 404, body: 'not found' });
  const requests = await faults(page, 'lavrov-choe.json', missing);
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('the server answered 404');
  await page.waitForTimeout(1500);
  expect(requests).toHaveLength(1);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
});

test('a server that stays down gives up after three tries, and Retry succeeds later', async ({
  page,
}) => {
  let isDown = true;
  const requests: string[] = [];
  await page.route(isFile('lavrov-choe.json'), async (route) => {
    requests.push(route.request().url());
    await (isDown ? unavailable(route) : route.continue());
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('(Tried 3 times.)', { timeout: 10_000 });
  expect(requests).toHaveLength(3);
  isDown = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
});

test('switching to a dataset whose server is down keeps the one shown, with a Retry', async ({
  page,
}) => {
  await openExplorer(page);
  let isDown = true;
  await page.route(isFile('fictional-veld.json'), async (route) => {
    await (isDown ? unavailable(route) : route.continue());
  });
  await page.getByLabel('Dataset', { exact: true }).selectOption('fictional-veld');
  await expect(page.getByRole('status').filter({ hasText: 'Retrying' })).toHaveText(
    'Retrying in 1 s (attempt 2 of 3)…',
  );
  const notice = page.getByRole('alert').filter({ hasText: 'stays shown' });
  await expect(notice).toContainText('the server answered 503', { timeout: 10_000 });
  const entities = page.getByRole('navigation', { name: 'Entities' });
  await expect(entities.getByRole('button', { name: 'Sergey Lavrov' })).toBeVisible();
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('lavrov-choe');
  isDown = false;
  await notice.getByRole('button', { name: 'Retry' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Entities' }).getByRole('button', { name: 'Arvel Quint' }),
  ).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('Back or Forward to a link whose dataset fails keeps the one shown, with a Retry', async ({
  page,
}) => {
  await openExplorer(page);
  let isGone = true;
  await page.route(isFile('fictional-veld.json'), async (route) => {
    await (isGone ? route.fulfill({ status: 404, body: 'gone' }) : route.continue());
  });
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Russia' })
    .click();
  // What the browser does on Forward to an entry made earlier in this page: the
  // address changes, then popstate. (The app itself never pushes a dataset it could
  // not load; a dataset loaded long ago may have left the cache since.)
  await visitInPage(page, '?data=fictional-veld');
  const notice = page.getByRole('alert').filter({ hasText: 'stays shown' });
  await expect(notice).toContainText('the server answered 404');
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  await expect(page.getByRole('heading', { name: 'Russia', level: 2 })).toBeVisible();
  // The address shows the view that is shown again, selection included.
  await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('russia');
  expect(new URL(page.url()).searchParams.get('data')).not.toBe('fictional-veld');
  isGone = false;
  await notice.getByRole('button', { name: 'Retry' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Entities' }).getByRole('button', { name: 'Arvel Quint' }),
  ).toBeVisible();
  await expect(notice).toHaveCount(0);
});

for (const chunk of ['showApp', 'stringsEn']) {
  test(`an app file that cannot load (${chunk}) is reported in both languages`, async ({
    page,
  }) => {
    await page.route(
      (url) => url.pathname.startsWith(`/assets/${chunk}-`) && url.pathname.endsWith('.js'),
      (route) => route.abort('failed'),
    );
    await page.goto('/');
    await expect(page.locator('#root')).toHaveText(
      'Diplograph could not load all of its files: reload the page. · Diplograph dosyalarının hepsini yükleyemedi: sayfayı yeniden yükleyin.',
    );
  });
}

test('the page asks for the explorer and the dataset check beside its entry, not after it', async ({
  page,
}) => {
  // main.tsx imports the explorer lazily; the built HTML preloads it (preloadAtStart).
  await page.goto('/');
  const preloaded = await page
    .locator('link[rel="modulepreload"]')
    .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  for (const chunk of ['showApp', 'checkDatasetTextFast', 'validateDatasetFast'])
    expect(preloaded.some((path) => path.startsWith(`/assets/${chunk}-`))).toBe(true);
});
