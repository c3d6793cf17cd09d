import { readFileSync } from 'node:fs';
import { expect, test } from './test.ts';
import type { Dataset } from '../src/domain/dataset/datasetSchema.ts';
import {
  drawnView,
  factValue,
  openExplorer,
  pagePositionOf,
  paintedPixels,
  statusLine,
} from './graphPage.ts';

const seed = JSON.parse(
  readFileSync(new URL('../data/lavrov-choe.json', import.meta.url), 'utf8'),
) as Dataset;

test.beforeEach(async ({ page }) => {
  await openExplorer(page);
});

test('opens on the seed dataset with every entity and relation drawn', async ({ page }) => {
  await expect(statusLine(page)).toHaveText(
    `${seed.entities.length} entities · ${seed.relations.length} relations shown`,
  );
  // The status line must say what the canvas draws, not what the file holds.
  const drawn = await drawnView(page);
  expect(drawn.nodes).toEqual(seed.entities.map((e) => e.id).sort());
  expect(drawn.edges).toEqual(seed.relations.map((r) => r.id).sort());
  // Ten nodes with labels and fourteen edges paint far more than a few stray pixels.
  expect(await paintedPixels(page)).toBeGreaterThan(5000);
  const entityButtons = page.getByRole('navigation', { name: 'Entities' }).getByRole('button');
  await expect(entityButtons).toHaveCount(seed.entities.length);
});

test('parallel relations between the same pair are drawn apart', async ({ page }) => {
  const ids = [
    'russia-north-korea-strategic-ties',
    'russia-north-korea-economic-support',
    'russia-north-korea-military-support',
    'russia-backs-north-korea-international-role',
  ];
  const midpoints = await Promise.all(ids.map((id) => pagePositionOf(page, id)));
  for (let i = 0; i < midpoints.length; i++) {
    for (let j = i + 1; j < midpoints.length; j++) {
      const gap = Math.hypot(midpoints[i]!.x - midpoints[j]!.x, midpoints[i]!.y - midpoints[j]!.y);
      expect(gap, `${ids[i]} and ${ids[j]}`).toBeGreaterThan(4);
    }
  }
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
  await expect(factValue(details, 'Office')).toHaveText('Minister of Foreign Affairs of Russia');
  await expect(details.locator('mark').first()).toHaveText('Rusya Dışişleri Bakanı Sergey Lavrov');
  await expect(details.locator('.excerpt').first()).toHaveAttribute('lang', 'tr');

  await details.getByRole('button', { name: 'Read the article' }).first().click();
  const reader = page.getByRole('dialog', { name: /^Article/ });
  await expect(reader).toBeVisible();
  await expect(reader.getByText('Untitled')).toBeVisible();
  // The highlight may be cut where names inside it are links: read it whole.
  const marks = reader.locator('mark');
  expect((await marks.allTextContents()).join('')).toBe('Rusya Dışişleri Bakanı Sergey Lavrov');
  await expect(marks.first()).toBeInViewport();
  await expect(reader.locator('.reader-paragraph')).toHaveCount(
    seed.articles[0]!.paragraphs.length,
  );

  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Sergey Lavrov');
});

test('the reader scrolls a later excerpt into view', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 520 });
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'The West' })
    .click();
  const details = page.getByRole('complementary', { name: 'Details' });
  // The West's second excerpt is in paragraph 3, well below the top of the article.
  await details.getByRole('button', { name: 'Read the article' }).nth(1).click();
  const reader = page.getByRole('dialog', { name: /^Article/ });
  await expect(reader.locator('mark').first()).toBeVisible();
  expect((await reader.locator('mark').allTextContents()).join('')).toBe(
    "Batı'nın bölgedeki etkisini",
  );
  await expect(reader.locator('mark').first()).toBeInViewport();
  // The dialog's close button stays reachable after scrolling.
  await expect(reader.getByRole('button', { name: 'Close' })).toBeInViewport();
  await reader.getByRole('button', { name: 'Close' }).click();
  await expect(reader).toBeHidden();
});

test('Russia is in tension with the West: the excerpt from the second paragraph, highlighted', async ({
  page,
}) => {
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Russia', exact: true })
    .click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('button', { name: 'Russia is in tension with the West' }).click();

  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'Russia is in tension with the West',
  );
  // Keyboard users continue at the new heading, not at the top of the page.
  await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
  const card = details.locator('.excerpt-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('¶2');
  await expect(card.locator('mark')).toContainText('Batı ile olan gerginliklerde');
  // The highlight sits inside its paragraph: text before and after it is shown too.
  await expect(card.locator('.excerpt')).toContainText('Lavrov ve Choe Son-hui arasındaki görüşme');
  await expect(card.locator('.excerpt')).toContainText('farklı bir boyut kazandırıyor.');
  await expect(details.getByText('Stated', { exact: true })).toBeVisible();

  await expect(factValue(details, 'Published')).toHaveText('unknown');
  await expect(factValue(details, 'Publisher')).toHaveText('unknown');
  await expect(factValue(details, 'URL')).toHaveText('unknown');
  await expect(details.getByRole('link')).toHaveCount(0);
});

test('a hedged relation is marked as hedged, with the words that hedge it', async ({ page }) => {
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'The West' })
    .click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('button', { name: /^Russia weakens the influence of/ }).click();

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
  await expect(factValue(details, 'Date')).toHaveText(
    'unknown — the source says “geçtiğimiz günlerde”',
  );
  await expect(factValue(details, 'Place')).toHaveText('unknown');
  const participants = factValue(details, 'Participants');
  await expect(participants.getByRole('button')).toHaveText(['Sergey Lavrov', 'Choe Son-hui']);
  await participants.getByRole('button', { name: 'Choe Son-hui' }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Choe Son-hui');
});

test('selecting on the canvas and in the list is the same selection', async ({ page }) => {
  const list = page.getByRole('navigation', { name: 'Entities' });
  const details = page.getByRole('complementary', { name: 'Details' });
  const northKoreaInList = list.getByRole('button', { name: 'North Korea', exact: true });

  const northKorea = await pagePositionOf(page, 'north-korea');
  await page.mouse.click(northKorea.x, northKorea.y);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('North Korea');
  await expect(northKoreaInList).toHaveAttribute('aria-current', 'true');

  const edge = await pagePositionOf(page, 'us-allies-policy-toward-north-korea');
  await page.mouse.click(edge.x, edge.y);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'The United States and its allies pursue policy toward North Korea',
  );
  await expect(details.getByText('Unclassified', { exact: true })).toBeVisible();
  await expect(northKoreaInList).not.toHaveAttribute('aria-current');

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

test('selecting steps back everything outside the neighbourhood', async ({ page }) => {
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Choe Son-hui' })
    .click();
  // The graph marks a selection after the panel has painted it: wait for the mark.
  const canvas = page.locator('[data-testid="graph-canvas"]');
  await expect
    .poll(() =>
      canvas.evaluate(
        (container) =>
          (
            container as unknown as { _cyreg: { cy: { $: (s: string) => { length: number } } } }
          )._cyreg.cy.$(':selected').length,
      ),
    )
    .toBe(1);
  const faded = await canvas.evaluate((container) => {
    const cy = (
      container as unknown as {
        _cyreg: {
          cy: { $: (s: string) => { map: <T>(f: (e: { id: () => string }) => T) => T[] } };
        };
      }
    )._cyreg.cy;
    return {
      faded: cy.$('.faded').map((e) => e.id()),
      selected: cy.$(':selected').map((e) => e.id()),
    };
  });
  expect(faded.selected).toEqual(['choe-son-hui']);
  // Choe, her two relations and their two other ends stay bright: 10 + 14 − 5 step back.
  expect(faded.faded).toHaveLength(19);
  expect(faded.faded).not.toContain('north-korea');
  expect(faded.faded).toContain('russia');
});
