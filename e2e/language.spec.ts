import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { withPositions } from '../scripts/layoutDataset.ts';
import { generateSyntheticDataset } from '../scripts/synth/generateSyntheticDataset.ts';
import { edgeLabel, factValue, openExplorer, statusLine } from './graphPage.ts';

const languageSwitch = (page: Page) =>
  page.getByRole('combobox', { name: /Language · Dil|Dil · Language/ });
const entities = (page: Page, name: string) => page.getByRole('navigation', { name });
const details = (page: Page, name: string) => page.getByRole('complementary', { name });

/** Copies the view's link with the button of that name, and reads it back. */
async function copiedLink(page: Page, button: string): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^(Link copied|Bağlantı kopyalandı)/ }),
  ).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test('switching to Türkçe turns the UI, names and dates Turkish; excerpts keep their language', async ({
  page,
  browser,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');

  await languageSwitch(page).selectOption('tr');
  await expect(page).toHaveURL(/[?&]lang=tr(&|$)/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(statusLine(page)).toHaveText('10 varlık · 14 ilişki gösteriliyor');
  await expect(page.getByRole('heading', { name: 'Filtreler' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bağlantıyı kopyala' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Filtreleri temizle' })).toBeVisible();
  // The canvas marks a hedged relation in Turkish, and the legend names that mark.
  await expect.poll(() => edgeLabel(page, 'vossia-may-tariff-tesk')).toBe('çekinceli');
  await expect(page.getByRole('region', { name: 'Açıklamalar' })).toContainText('“çekinceli”');
  const list = entities(page, 'Varlıklar');
  await expect(list.getByRole('heading', { name: /^Görüşmeler/ })).toBeVisible();
  // Names in Turkish where the dataset has them, as they are where it has one name only.
  await expect(list.getByRole('button', { name: 'Kuzey Paktı' })).toBeVisible();
  await expect(list.getByRole('button', { name: 'Norland', exact: true })).toBeVisible();

  // A meeting's day, written the Turkish way.
  await list.getByRole('button', { name: 'Port Alder görüşmesi' }).click();
  const panel = details(page, 'Ayrıntılar');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Port Alder görüşmesi');
  await expect(factValue(panel, 'Tarih')).toHaveText('3 Mart 2031');
  await expect(factValue(panel, 'Tarih').locator('time')).toHaveAttribute('datetime', '2031-03-03');

  // A relation reads as a Turkish sentence; a date known to the month stays a month.
  await list.getByRole('button', { name: 'Halvard Ens' }).click();
  await panel.getByRole('button', { name: 'Halvard Ens ile Tesk arasında gerginlik var' }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'Halvard Ens ile Tesk arasında gerginlik var',
  );
  await expect(factValue(panel, 'Tarih')).toHaveText('Nisan 2031');
  await expect(panel.getByText('Çatışma', { exact: true })).toBeVisible();

  // The excerpt stays in English, its article's language, and says so.
  const excerpt = panel.locator('.excerpt').first();
  await expect(excerpt).toHaveAttribute('lang', 'en');
  await expect(excerpt).toContainText('Vossia');
  await expect(factValue(panel, 'Dil').first()).toHaveText('İngilizce (en)');
  await expect(factValue(panel, 'Yayın tarihi').first()).toHaveText('Nisan 2031');

  // A Turkish article's excerpt keeps lang="tr".
  await list.getByRole('button', { name: 'Norland', exact: true }).click();
  await panel.getByRole('button', { name: 'Norland ile Tesk işbirliği yapıyor' }).click();
  await expect(panel.locator('.excerpt[lang="tr"]').first()).toBeVisible();
  await expect(panel.locator('.excerpt[lang="en"]').first()).toBeVisible();

  // The link carries the language, and a reload keeps it.
  await page.reload();
  await expect(statusLine(page)).toHaveText('10 varlık · 14 ilişki gösteriliyor');
  await expect(languageSwitch(page)).toHaveValue('tr');

  // Remembered in this browser: a link without lang= opens in Turkish here, and the
  // view shown names its language, in the address and in a copied link, without a
  // step of its own in the history…
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const again = await page.context().newPage();
  await openExplorer(again, '/?data=fictional-veld');
  await expect(statusLine(again)).toHaveText('10 varlık · 14 ilişki gösteriliyor');
  await expect(again).toHaveURL(/[?&]lang=tr(&|$)/);
  expect(await copiedLink(again, 'Bağlantıyı kopyala')).toMatch(/[?&]lang=tr(&|$)/);
  // Back leaves the app: naming the language was no step of its own.
  await again.goBack();
  expect(again.url()).toBe('about:blank');
  await again.close();

  // …while another browser (a fresh context, nothing remembered) opens it in its own
  // language, and its links say which.
  for (const [locale, shown, lang] of [
    ['en-GB', '10 entities · 14 relations shown', 'en'],
    ['tr-TR', '10 varlık · 14 ilişki gösteriliyor', 'tr'],
  ] as const) {
    const fresh = await browser.newContext({ locale });
    await fresh.grantPermissions(['clipboard-read', 'clipboard-write']);
    const elsewhere = await fresh.newPage();
    await openExplorer(elsewhere, '/?data=fictional-veld');
    await expect(statusLine(elsewhere)).toHaveText(shown);
    await expect(elsewhere).toHaveURL(new RegExp(`[?&]lang=${lang}(&|$)`));
    const copy = lang === 'en' ? 'Copy link' : 'Bağlantıyı kopyala';
    expect(await copiedLink(elsewhere, copy)).toMatch(new RegExp(`[?&]lang=${lang}(&|$)`));
    await fresh.close();
  }

  // And back to English.
  await languageSwitch(page).selectOption('en');
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  await expect(details(page, 'Details').getByRole('heading', { level: 2 })).toHaveText(
    'Norland cooperates with Tesk',
  );
  await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();
  await expect.poll(() => edgeLabel(page, 'vossia-may-tariff-tesk')).toBe('hedged');
});

test('a link made in Turkish shows Turkish notices, and English relation titles agree with their subject', async ({
  page,
}) => {
  await openExplorer(page, '/?lang=tr&kinds=state,planet');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('Bağlantının bazı kısımları kullanılamadı ve yok sayıldı:');
  await expect(notice).toContainText('kinds=planet — şunlardan biri değil:');
  await notice.getByRole('button', { name: 'Kapat' }).click();
  await expect(notice).toHaveCount(0);
  // Another dataset opens in the link's language, not the browser's (English here).
  await page.getByLabel('Veri kümesi', { exact: true }).selectOption('fictional-veld');
  await expect(statusLine(page)).toHaveText('10 varlık · 14 ilişki gösteriliyor');
  await expect(page).toHaveURL(/[?&]lang=tr(&|$)/);

  await openExplorer(page, '/?lang=en&sel=us-allies-policy-toward-north-korea');
  await expect(details(page, 'Details').getByRole('heading', { level: 2 })).toHaveText(
    'The United States and its allies pursue policy toward North Korea',
  );
  await openExplorer(page, '/?lang=en&sel=russia-west-tensions');
  await expect(details(page, 'Details').getByRole('heading', { level: 2 })).toHaveText(
    'Russia is in tension with the West',
  );
  await openExplorer(page, '/?lang=tr&sel=russia-west-tensions');
  await expect(details(page, 'Ayrıntılar').getByRole('heading', { level: 2 })).toHaveText(
    'Rusya ile Batı arasında gerginlik var',
  );
});

test('numbers are written the way each language writes them', async ({ page }) => {
  const placed = withPositions(generateSyntheticDataset(600, 7));
  await page.route(
    (url) => url.pathname === '/synthetic-600-placed.json',
    (route) => route.fulfill({ json: placed }),
  );
  await page.goto('/?data=/synthetic-600-placed.json&lang=tr');
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible({
    timeout: 30_000,
  });
  await expect(statusLine(page)).toHaveText('600 varlık · 1.500 ilişki gösteriliyor');
  await languageSwitch(page).selectOption('en');
  await expect(statusLine(page)).toHaveText('600 entities · 1,500 relations shown');
});
