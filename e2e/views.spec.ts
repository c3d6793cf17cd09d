import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { drawnView, openExplorer, pagePositionOf, statusLine } from './graphPage.ts';

const entities = (page: Page) => page.getByRole('navigation', { name: 'Entities' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const lens = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Lenses' }).getByRole('button', { name });
const kindBox = (page: Page, name: string) =>
  page
    .getByRole('group', { name: 'Entity kinds' })
    .getByRole('checkbox', { name: new RegExp(`^${name}`) });

test('a copied link opens the same view in a fresh browser', async ({ page, browser }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page);
  await lens(page, 'Western tensions').click();
  await kindBox(page, 'Bloc').uncheck();
  await entities(page).getByRole('button', { name: 'Russia', exact: true }).click();
  await expect(statusLine(page)).toHaveText('3 entities · 0 relations shown');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Russia');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('lens=western-tensions');
  expect(link).toContain('kinds=state,official,meeting,topic');
  expect(link).toContain('sel=russia');
  expect(link.length).toBeLessThan(2000);
  const before = await drawnView(page);

  const fresh = await browser.newContext({ viewport: page.viewportSize()! });
  const recipient = await fresh.newPage();
  await openExplorer(recipient, link);
  await expect(statusLine(recipient)).toHaveText('3 entities · 0 relations shown');
  await expect(details(recipient).getByRole('heading', { level: 2 })).toHaveText('Russia');
  await expect(lens(recipient, 'Western tensions')).toHaveAttribute('aria-pressed', 'true');
  await expect(kindBox(recipient, 'Bloc')).not.toBeChecked();
  await expect(kindBox(recipient, 'State')).toBeChecked();
  await expect(
    entities(recipient).getByRole('button', { name: 'Russia', exact: true }),
  ).toHaveAttribute('aria-current', 'true');
  // The same entities and relations, at the same positions, in the same framing.
  expect(await drawnView(recipient)).toEqual(before);
  await fresh.close();
});

test('the reader and the camera travel in the link too', async ({ page, browser }) => {
  await openExplorer(page, '/?sel=russia-west-tensions&read=1&zoom=1.5&at=20,-10');
  await expect(
    page
      .getByRole('dialog', { name: /^Article/ })
      .locator('mark')
      .first(),
  ).toBeVisible();
  expect(
    (
      await page
        .getByRole('dialog', { name: /^Article/ })
        .locator('mark')
        .allTextContents()
    ).join(''),
  ).toContain('Batı ile olan');
  const view = await drawnView(page);
  expect(view.zoom).toBe(1.5);
  expect(view.centre).toEqual([20, -10]);

  const fresh = await browser.newContext({ viewport: { width: 1100, height: 700 } });
  const recipient = await fresh.newPage();
  await openExplorer(recipient, page.url());
  await expect(recipient.getByRole('dialog', { name: /^Article/ })).toBeVisible();
  const other = await drawnView(recipient);
  // Another window size, the same point at the centre, the same zoom.
  expect([other.zoom, other.centre]).toEqual([1.5, [20, -10]]);
  await fresh.close();
});

test('Back and Forward step through lens, filter and selection changes', async ({ page }) => {
  await openExplorer(page);
  await lens(page, 'Russia–North Korea ties').click();
  await expect(statusLine(page)).toHaveText('5 entities · 8 relations shown');
  await kindBox(page, 'Official').uncheck();
  await expect(statusLine(page)).toHaveText('3 entities · 4 relations shown');
  await entities(page).getByRole('button', { name: 'North Korea', exact: true }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('North Korea');

  await page.goBack();
  await expect(details(page).getByText(/Select an entity or a relation/)).toBeVisible();
  await expect(statusLine(page)).toHaveText('3 entities · 4 relations shown');
  await page.goBack();
  await expect(kindBox(page, 'Official')).toBeChecked();
  await expect(statusLine(page)).toHaveText('5 entities · 8 relations shown');
  await page.goBack();
  await expect(lens(page, 'Russia–North Korea ties')).toHaveAttribute('aria-pressed', 'false');
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');

  await page.goForward();
  await page.goForward();
  await page.goForward();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('North Korea');
  await expect(statusLine(page)).toHaveText('3 entities · 4 relations shown');
});

test('a malformed link shows what was ignored and a working app', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openExplorer(
    page,
    '/?kinds=state,planet&sel=%3Cscript%3E&zoom=abc&depth=9&lens=nope&utm_source=x&sel=russia',
  );
  const notice = page.getByRole('alert').filter({ hasText: 'were ignored' });
  await expect(notice).toBeVisible();
  for (const part of ['kinds=planet', 'sel=<script>', 'lens=nope', 'utm_source=x', 'depth=9']) {
    await expect(notice).toContainText(part);
  }
  // What could be read still applies: only states are shown.
  await expect(statusLine(page)).toHaveText('3 entities · 4 relations shown');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await entities(page).getByRole('button', { name: 'Russia', exact: true }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Russia');
  expect(errors).toEqual([]);
});

test('a link made on another version of the dataset says so', async ({ page }) => {
  await openExplorer(page, '/?data=lavrov-choe&dv=0123abcd&sel=russia');
  await expect(
    page.getByRole('alert').filter({ hasText: 'another version of the dataset' }),
  ).toBeVisible();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Russia');
});

test('search is Turkish-aware and keyboard-driven', async ({ page }) => {
  await openExplorer(page);
  const box = page.getByRole('combobox', { name: 'Search entities and excerpts' });
  const results = page.getByRole('listbox', { name: 'Search results' });

  for (const query of ['rusya', 'RUSYA']) {
    await box.fill(query);
    await expect(results.getByRole('option').first()).toContainText('Russia');
  }
  await box.fill('disisleri');
  await expect(results.getByRole('option').nth(0)).toContainText('office: Dışişleri Bakanı');
  await expect(
    results.getByRole('option').filter({ hasText: 'Sergey Lavrov' }).first(),
  ).toBeVisible();
  await expect(
    results.getByRole('option').filter({ hasText: 'Choe Son-hui' }).first(),
  ).toBeVisible();

  await box.fill('lavro');
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  await box.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Sergey Lavrov');
  expect(new URL(page.url()).searchParams.get('q')).toBe('lavro');

  await box.focus();
  await box.press('Escape');
  await expect(box).toHaveValue('');
});

test('focus on a neighbourhood, change its depth, hide the rest, and go back', async ({ page }) => {
  await openExplorer(page);
  await entities(page).getByRole('button', { name: 'Sergey Lavrov' }).click();
  await details(page).getByRole('button', { name: 'Focus on neighbourhood' }).click();
  const bar = page.getByRole('group', { name: 'Focus' });
  await expect(bar).toContainText('Focus on Sergey Lavrov');
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown, 7 entities dimmed');
  await bar.getByLabel('Outside').selectOption('hide');
  await expect(statusLine(page)).toHaveText('3 entities · 2 relations shown');
  await bar.getByLabel('Depth').selectOption('2');
  await expect(statusLine(page)).toHaveText('6 entities · 10 relations shown');

  await entities(page).getByRole('button', { name: 'The West' }).click();
  await details(page).getByRole('button', { name: 'Expand neighbours' }).click();
  await expect(bar).toContainText('neighbours of The West');

  await bar.getByRole('button', { name: 'Show whole graph' }).click();
  await expect(bar).toBeHidden();
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
});

interface SampleLinks {
  links: {
    description: string;
    query: string;
    entities: number;
    relations: number;
    selected: string | null;
  }[];
}
const samples = JSON.parse(
  readFileSync(new URL('fixtures/view-links-v1.json', import.meta.url), 'utf8'),
) as SampleLinks;

for (const sample of samples.links) {
  test(`a version 1 link still opens: ${sample.description}`, async ({ page }) => {
    await openExplorer(page, `/?${sample.query}`);
    // A link's lang= sets the whole UI's language, the status line included.
    const shown =
      new URLSearchParams(sample.query).get('lang') === 'tr'
        ? `^${sample.entities} varlık · ${sample.relations} ilişki gösteriliyor`
        : `^${sample.entities} entit(y|ies) · ${sample.relations} relations? shown`;
    await expect(statusLine(page)).toHaveText(new RegExp(shown));
    if (sample.selected !== null) {
      await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(sample.selected);
    }
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

test('changing the layout under a lens keeps only the lens drawn, and the link reproduces it', async ({
  page,
  browser,
}) => {
  await openExplorer(page, '/?lens=ru-kp-ties');
  await page.getByLabel('Layout').selectOption('circle');
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  await expect.poll(async () => (await drawnView(page)).nodes.length).toBe(5);
  await expect(statusLine(page)).toHaveText('5 entities · 8 relations shown');
  await page.waitForTimeout(600);
  const sender = await drawnView(page);

  const fresh = await browser.newContext({ viewport: page.viewportSize()! });
  const recipient = await fresh.newPage();
  await openExplorer(recipient, page.url());
  const received = await drawnView(recipient);
  // The link carries the centre to a tenth of a unit, so a centre at 375.46 comes
  // back as 375.5: whole units may differ by one.
  expect({ ...received, centre: null }).toEqual({ ...sender, centre: null });
  received.centre.forEach((at, i) =>
    expect(Math.abs(at - sender.centre[i]!)).toBeLessThanOrEqual(1),
  );
  await fresh.close();
});

test('positions laid out in the page do not depend on the language names are shown in', async ({
  page,
}) => {
  // The seed without its stored positions, so the page lays it out, measuring labels.
  const seed = JSON.parse(readFileSync('data/lavrov-choe.json', 'utf8')) as Record<string, unknown>;
  delete seed.positions;
  await page.route(
    (url) => url.pathname === '/seed-unplaced.json',
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(seed) }),
  );
  await openExplorer(page, '/?data=/seed-unplaced.json&zoom=1&at=0,0');
  const english = (await drawnView(page)).positions;
  await openExplorer(page, '/?data=/seed-unplaced.json&zoom=1&at=0,0&lang=tr');
  await expect(page.getByRole('navigation', { name: 'Varlıklar' })).toContainText('Rusya');
  expect((await drawnView(page)).positions).toEqual(english);
});

test('a lens frames what it shows', async ({ page }) => {
  await openExplorer(page);
  await page.waitForTimeout(600);
  const whole = (await drawnView(page)).zoom;
  await lens(page, 'Western tensions').click();
  await expect(statusLine(page)).toHaveText('5 entities · 4 relations shown');
  await page.waitForTimeout(600);
  const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
  for (const id of ['russia', 'the-west', 'united-states']) {
    const at = await pagePositionOf(page, id);
    expect(at.x, id).toBeGreaterThan(box.x);
    expect(at.x, id).toBeLessThan(box.x + box.width);
    expect(at.y, id).toBeGreaterThan(box.y);
    expect(at.y, id).toBeLessThan(box.y + box.height);
  }
  // Framing five entities zooms in further than framing ten.
  expect((await drawnView(page)).zoom).toBeGreaterThan(whole);
});

test('an excerpt found by search opens in the reader', async ({ page }) => {
  await openExplorer(page);
  const box = page.getByRole('combobox', { name: 'Search entities and excerpts' });
  await box.fill('gerginliklerde');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toContainText('In excerpts');
  await expect(
    results.getByRole('option').filter({ hasText: 'Russia is in tension with the West' }),
  ).toHaveCount(1);
  await box.press('Enter');
  const reader = page.getByRole('dialog', { name: /^Article/ });
  await expect(reader).toBeVisible();
  expect((await reader.locator('mark').allTextContents()).join('')).toContain('gerginliklerde');
});

test('a selection the filters hide says so, and offers the whole graph', async ({ page }) => {
  await openExplorer(page, '/?lens=ru-kp-ties&sel=the-west');
  const note = page.getByRole('note');
  await expect(note).toContainText('Not drawn in the graph');
  await note.getByRole('button', { name: 'Show the whole graph' }).click();
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  await expect(note).toBeHidden();
});

test('"Only what connects to" is chosen by typing a name, goes into the link, and clears', async ({
  page,
}) => {
  // Fictional: Orsk has no relation, so only it is left out by the filter.
  const unrelated = readFileSync(
    new URL('fixtures/datasets/warning-unrelated-entity.json', import.meta.url),
    'utf8',
  );
  await page.route(
    (url) => url.pathname === '/unrelated.json',
    (route) => route.fulfill({ body: unrelated, contentType: 'application/json' }),
  );
  await openExplorer(page, '/?data=/unrelated.json');
  await expect(statusLine(page)).toHaveText('4 entities · 2 relations shown');
  const filters = page.getByRole('region', { name: 'Filters' });
  const picker = filters.getByRole('combobox', { name: 'Only what connects to' });
  // Typed in lower case, found as the search box finds it.
  await picker.fill('tesk');
  await filters.getByRole('option', { name: 'Tesk' }).click();
  await expect(picker).toHaveValue('Tesk');
  await expect.poll(() => new URL(page.url()).searchParams.get('conn')).toBe('tesk');
  await expect(statusLine(page)).toHaveText('3 entities · 2 relations shown');

  const clear = filters.getByRole('button', { name: 'Clear “Only what connects to”' });
  await clear.click();
  await expect(picker).toHaveValue('');
  // The button goes with the filter; the keyboard stays on the picker.
  await expect(picker).toBeFocused();
  await expect.poll(() => new URL(page.url()).searchParams.get('conn')).toBeNull();
  await expect(statusLine(page)).toHaveText('4 entities · 2 relations shown');
  await expect(clear).toHaveCount(0);
});
