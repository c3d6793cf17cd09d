import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { drawnView, openExplorer, pagePositionOf } from './graphPage.ts';

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const pinsIn = (url: string) => new URL(url).searchParams.get('pins');

/** Drags an entity on the canvas by an offset in screen pixels. */
async function drag(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const from = await pagePositionOf(page, id);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 5; step++)
    await page.mouse.move(from.x + (dx * step) / 5, from.y + (dy * step) / 5);
  await page.mouse.up();
}

test('a dragged entity is pinned where it is dropped, in the link and after a reload', async ({
  page,
  browser,
}) => {
  await openExplorer(page);
  const before = (await drawnView(page)).positions.russia!;
  await drag(page, 'russia', 120, 80);
  await expect.poll(() => pinsIn(page.url())).toMatch(/^russia:-?\d+:-?\d+$/);
  const [, x, y] = pinsIn(page.url())!.split(':').map(Number);
  const pinned: [number, number] = [x!, y!];
  expect(Math.hypot(pinned[0] - before[0], pinned[1] - before[1])).toBeGreaterThan(40);
  expect((await drawnView(page)).positions.russia).toEqual(pinned);
  await expect(page.getByRole('group', { name: '1 entity pinned' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('placed by hand');

  // A reload keeps it; so does the link, opened by someone else.
  await page.reload();
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  expect((await drawnView(page)).positions.russia).toEqual(pinned);
  const link = page.url();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openExplorer(other, link.slice(link.indexOf('/?')));
  expect((await drawnView(other)).positions.russia).toEqual(pinned);
  // Another layout leaves a pinned entity where it is.
  await other.getByLabel('Layout').selectOption('circle');
  await expect(other.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  await expect.poll(async () => (await drawnView(other)).positions.russia).toEqual(pinned);
  await fresh.close();

  // The pins are kept in this browser: the plain address brings them back.
  await openExplorer(page, '/');
  await expect.poll(() => pinsIn(page.url())).toBe(`russia:${pinned[0]}:${pinned[1]}`);

  // Unpinning puts Russia back where the layout had it.
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Russia', exact: true })
    .click();
  await details(page).getByRole('button', { name: 'Unpin', exact: true }).click();
  await expect.poll(() => pinsIn(page.url())).toBeNull();
  expect((await drawnView(page)).positions.russia).toEqual(before);
  await expect(page.getByRole('group', { name: /pinned/ })).toHaveCount(0);
});

test("a link that carries a view but no pins is shown as sent; only the plain address brings back this browser's pins", async ({
  page,
}) => {
  await openExplorer(page);
  const laidOut = (await drawnView(page)).positions.russia!;
  await drag(page, 'russia', 120, 80);
  await expect.poll(() => pinsIn(page.url())).toMatch(/^russia:-?\d+:-?\d+$/);
  const kept = pinsIn(page.url());

  // Someone else's link: a selection, no pins. Once the dataset is loaded the address
  // names its version, and still no pins.
  await openExplorer(page, '/?data=lavrov-choe&sel=north-korea');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('North Korea');
  await expect.poll(() => new URL(page.url()).searchParams.get('dv')).toMatch(/^[0-9a-f]+$/);
  expect(pinsIn(page.url())).toBeNull();
  expect((await drawnView(page)).positions.russia).toEqual(laidOut);
  await expect(page.getByRole('group', { name: /pinned/ })).toHaveCount(0);

  // The dataset's plain address (a language may come with it) is the analyst's own
  // start: the pins kept in this browser return, into the address too.
  await openExplorer(page, '/?data=lavrov-choe&lang=en');
  await expect.poll(() => pinsIn(page.url())).toBe(kept);
  expect((await drawnView(page)).positions.russia).not.toEqual(laidOut);
});

test('the keyboard pins an entity where it is, and Unpin all clears every pin', async ({
  page,
}) => {
  await openExplorer(page, '/?pins=north-korea:300:-200');
  expect((await drawnView(page)).positions['north-korea']).toEqual([300, -200]);
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Russia', exact: true })
    .click();
  const pinHere = details(page).getByRole('button', { name: 'Pin where it is' });
  await pinHere.focus();
  await page.keyboard.press('Enter');
  const at = (await drawnView(page)).positions.russia!;
  await expect.poll(() => pinsIn(page.url())).toBe(`north-korea:300:-200,russia:${at[0]}:${at[1]}`);
  await expect(details(page).getByText(/^Pinned at/)).toBeVisible();
  await page.getByRole('button', { name: 'Unpin all' }).click();
  await expect.poll(() => pinsIn(page.url())).toBeNull();
  expect((await drawnView(page)).positions['north-korea']).not.toEqual([300, -200]);
});

test('a link with pins of unknown entities keeps the others and says so', async ({ page }) => {
  await openExplorer(page, '/?pins=atlantis:1:1,russia:10:20');
  expect((await drawnView(page)).positions.russia).toEqual([10, 20]);
  await expect(page.getByRole('alert').filter({ hasText: 'pins=atlantis' })).toBeVisible();
  await expect.poll(() => pinsIn(page.url())).toBe('russia:10:20');
});

test('a click on an entity selects it without pinning it', async ({ page }) => {
  await openExplorer(page);
  const at = await pagePositionOf(page, 'north-korea');
  await page.mouse.click(at.x, at.y);
  await expect(page).toHaveURL(/sel=north-korea/);
  expect(pinsIn(page.url())).toBeNull();
});

test('on the fictional dataset, a dragged entity is pinned per dataset, and the seed keeps its own', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  await drag(page, 'tesk', -100, 60);
  await expect.poll(() => pinsIn(page.url())).toMatch(/^tesk:-?\d+:-?\d+$/);
  const pins = pinsIn(page.url());
  // The seed has no pin of its own, and Tesk's does not follow it there.
  await page.getByLabel('Dataset', { exact: true }).selectOption('lavrov-choe');
  await expect(page.getByRole('navigation', { name: 'Entities' })).toContainText('Sergey Lavrov');
  expect(pinsIn(page.url())).toBeNull();
  // Back on the fictional dataset, its pin returns from this browser's storage.
  await page.getByLabel('Dataset', { exact: true }).selectOption('fictional-veld');
  await expect.poll(() => pinsIn(page.url())).toBe(pins);
});

test('an unpinned entity stays unpinned when the table is shown and the graph drawn again', async ({
  page,
}) => {
  await openExplorer(page);
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Russia', exact: true })
    .click();
  await details(page).getByRole('button', { name: 'Pin where it is' }).click();
  await expect.poll(() => pinsIn(page.url())).toMatch(/^russia:/);
  await details(page).getByRole('button', { name: 'Unpin', exact: true }).click();
  await expect.poll(() => pinsIn(page.url())).toBeNull();
  const presentation = page.getByRole('group', { name: 'Presentation' });
  await presentation.getByRole('button', { name: 'Table' }).click();
  // The table has no place to pin at: the button is not offered there.
  await expect(details(page).getByRole('button', { name: 'Pin where it is' })).toHaveCount(0);
  await presentation.getByRole('button', { name: 'Graph' }).click();
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  await page.waitForTimeout(500);
  expect(pinsIn(page.url())).toBeNull();
});
