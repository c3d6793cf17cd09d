import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Dataset } from '../src/domain/dataset/datasetSchema.ts';
import { openExplorer, paintedPixels, pagePositionOf } from './graphPage.ts';

const seed = JSON.parse(
  readFileSync(new URL('../data/lavrov-choe.json', import.meta.url), 'utf8'),
) as Dataset;

test.beforeEach(async ({ page }) => {
  await openExplorer(page);
});

test('opens on the seed dataset with every entity and relation drawn', async ({ page }) => {
  await expect(page.getByRole('status')).toHaveText(
    `${seed.entities.length} entities · ${seed.relations.length} relations shown`,
  );
  await expect(
    page.getByRole('img', { name: /^Graph of 10 entities and 14 relations/ }),
  ).toBeVisible();
  // Ten nodes with labels and fourteen edges paint far more than a few stray pixels.
  expect(await paintedPixels(page)).toBeGreaterThan(5000);
  const entityButtons = page.getByRole('navigation', { name: 'Entities' }).getByRole('button');
  await expect(entityButtons).toHaveCount(seed.entities.length);
});

test('Sergey Lavrov: his office and an excerpt, then the excerpt highlighted in the reader', async ({
  page,
}) => {
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Sergey Lavrov' })
    .click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Sergey Lavrov');
  await expect(details.locator('dd', { hasText: 'Minister of Foreign Affairs of' })).toContainText(
    'Russia',
  );
  await expect(details.locator('mark').first()).toHaveText('Rusya Dışişleri Bakanı Sergey Lavrov');
  await expect(details.locator('.excerpt').first()).toHaveAttribute('lang', 'tr');

  await details.getByRole('button', { name: 'Read the article' }).first().click();
  const reader = page.getByRole('dialog', { name: 'Article' });
  await expect(reader).toBeVisible();
  await expect(reader.getByText('Untitled')).toBeVisible();
  const mark = reader.locator('mark');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText('Rusya Dışişleri Bakanı Sergey Lavrov');
  await expect(mark).toBeInViewport();
  await expect(reader.locator('.reader-paragraph')).toHaveCount(
    seed.articles[0]!.paragraphs.length,
  );

  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Sergey Lavrov');
});

test('Russia is in tension with the West: the excerpt from the second paragraph, highlighted', async ({
  page,
}) => {
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Russia', exact: true })
    .click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('button', { name: 'Russia is in tension with The West' }).click();

  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'Russia is in tension with The West',
  );
  const card = details.locator('.excerpt-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('¶2');
  await expect(card.locator('mark')).toContainText('Batı ile olan gerginliklerde');
  // The highlight sits inside its paragraph: text before and after it is shown too.
  await expect(card.locator('.excerpt')).toContainText('Lavrov ve Choe Son-hui arasındaki görüşme');
  await expect(details.getByText('Stated', { exact: true })).toBeVisible();

  const published = details
    .locator('dt', { hasText: 'Published' })
    .locator('xpath=following-sibling::dd[1]');
  await expect(published).toHaveText('unknown');
  const publisher = details
    .locator('dt', { hasText: 'Publisher' })
    .locator('xpath=following-sibling::dd[1]');
  await expect(publisher).toHaveText('unknown');
  await expect(details.getByRole('link')).toHaveCount(0);
});

test('a hedged relation is marked as hedged, with the words that hedge it', async ({ page }) => {
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'The West' })
    .click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('button', { name: 'Russia seeks to weaken The West' }).click();

  await expect(details.getByText('Hedged', { exact: true })).toBeVisible();
  await expect(
    details.getByText('Hedged: the source suggests this relation but does not assert it.'),
  ).toBeVisible();
  await expect(details.getByText('hedged: “olarak değerlendirilebilir”')).toBeVisible();
  await expect(details.locator('mark')).toContainText("Batı'nın bölgedeki etkisini zayıflatmak");
});

test('the meeting shows its unknown date with the words of the source, and its participants', async ({
  page,
}) => {
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Lavrov–Choe meeting' })
    .click();
  const details = page.getByRole('complementary', { name: 'Details' });
  const date = details
    .locator('dt', { hasText: /^Date$/ })
    .locator('xpath=following-sibling::dd[1]');
  await expect(date).toHaveText('unknown — the source says “geçtiğimiz günlerde”');
  const place = details
    .locator('dt', { hasText: /^Place$/ })
    .locator('xpath=following-sibling::dd[1]');
  await expect(place).toHaveText('unknown');
  const participants = details
    .locator('dt', { hasText: 'Participants' })
    .locator('xpath=following-sibling::dd[1]');
  await expect(participants.getByRole('button')).toHaveText(['Sergey Lavrov', 'Choe Son-hui']);
  await participants.getByRole('button', { name: 'Choe Son-hui' }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Choe Son-hui');
});

test('selecting on the canvas and in the list is the same selection', async ({ page }) => {
  const list = page.getByRole('navigation', { name: 'Entities' });
  const details = page.getByRole('complementary', { name: 'Details' });

  const northKorea = await pagePositionOf(page, 'north-korea');
  await page.mouse.click(northKorea.x, northKorea.y);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('North Korea');
  await expect(list.getByRole('button', { name: 'North Korea', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const edge = await pagePositionOf(page, 'us-allies-policy-toward-north-korea');
  await page.mouse.click(edge.x, edge.y);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'The United States and its allies pursues policy toward North Korea',
  );
  await expect(details.getByText('Unclassified', { exact: true })).toBeVisible();
  await expect(list.getByRole('button', { name: 'North Korea', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  await list.getByRole('button', { name: 'Choe Son-hui' }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Choe Son-hui');

  // A tap on empty canvas clears the selection.
  const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
  await page.mouse.click(box.x + 5, box.y + 5);
  await expect(details.getByText(/Select an entity or a relation/)).toBeVisible();
});

test('the entity list works from the keyboard alone', async ({ page }) => {
  const list = page.getByRole('navigation', { name: 'Entities' });
  await list.getByRole('button').first().focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(focused);
});

test('hovering an entity shows a short tooltip', async ({ page }) => {
  const lavrov = await pagePositionOf(page, 'sergey-lavrov');
  await page.mouse.move(lavrov.x, lavrov.y);
  await expect(page.getByRole('tooltip')).toHaveText(/Sergey Lavrov\s*Official/);
});
