import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { elementData, openExplorer } from './graphPage.ts';

/** The ids of the drawn elements outlined as evidence hits, through Cytoscape's registration. */
async function outlined(page: Page): Promise<string[]> {
  return page.locator('[data-testid="graph-canvas"]').evaluate((container) =>
    (
      container as unknown as {
        _cyreg: {
          cy: { $: (s: string) => { map: (f: (e: { id: () => string }) => string) => string[] } };
        };
      }
    )._cyreg.cy
      .$('.evidence-hit')
      .map((e) => e.id())
      .sort(),
  );
}

test('a mention in the reader selects its entity', async ({ page }) => {
  await openExplorer(page, '/?sel=lavrov-choe-meeting&read=1');
  const reader = page.getByRole('dialog', { name: /^Article/ });
  // "Kuzey Kore’nin" in paragraph 2: a suffix after the typographic apostrophe.
  await reader.getByRole('button', { name: 'Kuzey Kore’nin (select North Korea)' }).click();
  await expect(reader).toBeHidden();
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('North Korea');
});

test('a sentence in the reader shows, and outlines in the graph, what it is evidence for', async ({
  page,
}) => {
  await openExplorer(page, '/?sel=russia-west-tensions&read=1');
  const reader = page.getByRole('dialog', { name: /^Article/ });
  // Click plain words of the sentence, not a name in it (names select their entity).
  await reader.locator('.sentence > span', { hasText: 'ile olan gerginliklerde' }).first().click();
  const backs = reader.getByRole('status');
  await expect(backs).toContainText('This sentence is evidence for');
  await expect(backs.getByRole('button')).toHaveText([
    /^The West$/,
    /^Russia supports North Korea \(Backing for a larger North Korean role/,
    /^Russia is in tension with the West \(/,
  ]);
  expect(await outlined(page)).toEqual([
    'russia-backs-north-korea-international-role',
    'russia-west-tensions',
    'the-west',
  ]);
  await page.keyboard.press('Escape');
  // The outline stays after the reader closes, until the next selection.
  expect(await outlined(page)).toHaveLength(3);
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Choe Son-hui' })
    .click();
  expect(await outlined(page)).toEqual([]);
});

test('details count mentions and independent sources; lines grow with sources', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld&sel=norland-tesk-water-accord');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.locator('dd').filter({ hasText: 'articles:' })).toHaveText(
    '2 articles: 2 publishers',
  );
  expect(await elementData(page, 'norland-tesk-water-accord', 'sources')).toBe(2);
  expect(await elementData(page, 'ens-warns-tesk', 'sources')).toBe(1);

  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Tesk', exact: true })
    .click();
  await expect(details.locator('dd').filter({ hasText: /of 3 articles/ })).toHaveText(
    /^3 of 3 articles \(\d+ mentions\)$/,
  );
  await details.getByRole('button', { name: 'Vossia pursues policy toward Tesk' }).click();
  await expect(details.locator('dd').filter({ hasText: 'article' }).first()).toHaveText(
    '1 article: 1 article of unknown publisher — single source',
  );
});

test('the reader shows the article text exactly, one button per name', async ({ page }) => {
  await openExplorer(page, '/?sel=sergey-lavrov&read=1');
  const reader = page.getByRole('dialog', { name: /^Article/ });
  const shown = await reader.locator('.reader-paragraph .excerpt').allInnerTexts();
  const original = (await (await page.request.get('/lavrov-choe.json')).json()) as {
    articles: { paragraphs: string[] }[];
  };
  expect(shown).toEqual(original.articles[0]!.paragraphs);
  // The highlight runs through the name: still one button for it.
  await expect(reader.getByRole('button', { name: /^Sergey Lavrov \(select/ })).toHaveCount(1);
});

test('a date range typed backwards is not applied, and says why', async ({ page }) => {
  await openExplorer(page, '/?data=fictional-veld');
  // The filters' own dates: Compare periods has a From and a To for each period too.
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.getByLabel('From', { exact: true }).fill('2031-05');
  await filters.getByLabel('From', { exact: true }).press('Enter');
  await filters.getByLabel('To', { exact: true }).fill('2031-02');
  await filters.getByLabel('To', { exact: true }).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'ends before it begins' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('to')).toBeNull();
  expect(new URL(page.url()).searchParams.get('from')).toBe('2031-05');
});
