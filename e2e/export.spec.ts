import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { readFileSync } from 'node:fs';
import { openEvidenceBrief, openExplorer, skipPrintDialog, statusLine } from './graphPage.ts';

const DAY = String.raw`\d{4}-\d{2}-\d{2}`;

/** Chooses an item of the Export menu and waits for the file it saves. */
async function exportFile(page: Page, item: string): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'Export the view' })
    .getByRole('button', { name: item })
    .click();
  return downloading;
}

async function contents(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

/** Width and height from a PNG's header, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The canvas's CSS size, and the bounding box of what it shows, read from Cytoscape. */
async function canvasGeometry(page: Page) {
  return page.locator('[data-testid="graph-canvas"]').evaluate((container) => {
    const cy = (
      container as unknown as {
        _cyreg: {
          cy: {
            width: () => number;
            height: () => number;
            elements: (s: string) => { boundingBox: () => { w: number; h: number } };
          };
        };
      }
    )._cyreg.cy;
    const box = cy.elements(':visible').boundingBox();
    return { width: cy.width(), height: cy.height(), graphWidth: box.w, graphHeight: box.h };
  });
}

/** Parses XML in the page; the tag names and how many of each matter to the tests. */
async function parseInPage(page: Page, text: string, type: 'image/svg+xml' | 'application/xml') {
  return page.evaluate(
    ([xml, mime]) => {
      const doc = new DOMParser().parseFromString(xml, mime);
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        nodes: doc.querySelectorAll('g.nodes > g, node').length,
        edges: doc.querySelectorAll('g.edges > g, edge').length,
      };
    },
    [text, type] as const,
  );
}

test('the view and the whole graph save as PNGs at twice the screen size', async ({ page }) => {
  await openExplorer(page);
  const geometry = await canvasGeometry(page);

  const view = await exportFile(page, 'Picture of the view (PNG)');
  expect(view.suggestedFilename()).toMatch(new RegExp(`^lavrov-choe-${DAY}-view\\.png$`));
  const viewSize = pngSize(await contents(view));
  expect(Math.abs(viewSize.width - 2 * geometry.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(viewSize.height - 2 * geometry.height)).toBeLessThanOrEqual(2);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    `Saved ${view.suggestedFilename()}`,
  );

  const whole = await exportFile(page, 'Picture of the whole graph (PNG)');
  expect(whole.suggestedFilename()).toMatch(new RegExp(`^lavrov-choe-${DAY}-whole-graph\\.png$`));
  const wholeSize = pngSize(await contents(whole));
  expect(Math.abs(wholeSize.width - 2 * Math.ceil(geometry.graphWidth))).toBeLessThanOrEqual(2);
  expect(Math.abs(wholeSize.height - 2 * Math.ceil(geometry.graphHeight))).toBeLessThanOrEqual(2);
});

test('the SVG parses and draws every shown entity and relation', async ({ page }) => {
  await openExplorer(page, '/?kinds=state,official');
  await expect(statusLine(page)).toHaveText('5 entities · 6 relations shown');
  const svg = await exportFile(page, 'Vector picture of the whole graph (SVG)');
  expect(svg.suggestedFilename()).toMatch(new RegExp(`^lavrov-choe-${DAY}-whole-graph\\.svg$`));
  const parsed = await parseInPage(page, (await contents(svg)).toString('utf8'), 'image/svg+xml');
  expect(parsed).toMatchObject({ errors: 0, root: 'svg', nodes: 5, edges: 6 });

  // The view's SVG is framed as the canvas is, and here (all in view) draws the same.
  const geometry = await canvasGeometry(page);
  const view = await exportFile(page, 'Vector picture of the view (SVG)');
  expect(view.suggestedFilename()).toMatch(new RegExp(`^lavrov-choe-${DAY}-view\\.svg$`));
  const viewText = (await contents(view)).toString('utf8');
  expect(await parseInPage(page, viewText, 'image/svg+xml')).toMatchObject({
    errors: 0,
    root: 'svg',
    nodes: 5,
    edges: 6,
  });
  const [, width, height] = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(viewText)!;
  expect(Math.abs(Number(width) - geometry.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(Number(height) - geometry.height)).toBeLessThanOrEqual(1);
});

test('what Export and Copy link answer floats: the header and the graph keep their size', async ({
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page);
  const header = page.getByRole('banner');
  const canvas = page.locator('[data-testid="graph-canvas"]');
  const before = { header: await header.boundingBox(), canvas: await canvas.boundingBox() };

  const csv = await exportFile(page, 'Entities with their excerpts (CSV)');
  const saved = page.getByRole('status').filter({ hasText: 'Saved' });
  await expect(saved).toHaveText(`Saved ${csv.suggestedFilename()}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = page.getByRole('status').filter({ hasText: 'Link copied' });
  await expect(copied).toBeVisible();

  expect(await header.boundingBox()).toEqual(before.header);
  expect(await canvas.boundingBox()).toEqual(before.canvas);
  // Both notes readable at once: neither covers the other, nor the count of what is shown.
  const boxes = [await saved.boundingBox(), await copied.boundingBox()];
  const shown = await statusLine(page).boundingBox();
  const overlap = (a: typeof shown, b: typeof shown) =>
    a !== null &&
    b !== null &&
    a.x < b.x + b.width &&
    b.x < a.x + a.width &&
    a.y < b.y + b.height &&
    b.y < a.y + a.height;
  expect(overlap(boxes[0]!, boxes[1]!)).toBe(false);
  for (const box of boxes) expect(overlap(box, shown)).toBe(false);

  // "Saved …" goes after a few seconds; the live region stays for the next export.
  await expect(saved).toBeHidden({ timeout: 10_000 });
  await expect(page.locator('.export-status')).toHaveCount(1);
});

test('the shown part saves as a dataset that opens again to the same graph', async ({
  page,
}, testInfo) => {
  await openExplorer(page, '/?lens=western-tensions');
  const shown = await statusLine(page).textContent();
  expect(shown).not.toBe('10 entities · 14 relations shown');
  const json = await exportFile(page, 'What is shown, as a dataset (JSON)');
  expect(json.suggestedFilename()).toMatch(new RegExp(`^lavrov-choe-${DAY}-subset\\.json$`));

  await openExplorer(page);
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  const saved = testInfo.outputPath(json.suggestedFilename());
  await json.saveAs(saved);
  await page.getByLabel('Dataset file').setInputFiles(saved);
  await expect(page.getByText(`Local file: ${json.suggestedFilename()}`)).toBeVisible();
  await expect(statusLine(page)).toHaveText(shown!);
  // The evidence came along: a relation's excerpt is there, quoted from the article.
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'The West' })
    .click();
  await expect(page.getByRole('complementary', { name: 'Details' })).toContainText('Batı');
});

test('the relations CSV keeps its header and the Turkish excerpts intact', async ({ page }) => {
  await openExplorer(page);
  const csv = await exportFile(page, 'Relations with their excerpts (CSV)');
  expect(csv.suggestedFilename()).toMatch(new RegExp(`^lavrov-choe-${DAY}-relations\\.csv$`));
  const bytes = await contents(csv);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.split('\r\n')[0]).toMatch(
    /^relation_id,kind,source_id,source_name,target_id,target_name,/,
  );
  expect(text).toContain('Rusya Dışişleri Bakanı Sergey Lavrov');
  expect(text).toContain('Kuzey Kore Dışişleri Bakanı Choe Son-hui');

  const entities = await exportFile(page, 'Entities with their excerpts (CSV)');
  expect(entities.suggestedFilename()).toMatch(new RegExp(`^lavrov-choe-${DAY}-entities\\.csv$`));
  expect((await contents(entities)).toString('utf8')).toContain('entity_id,kind,name,name_en');
});

test('the GEXF for Gephi parses, with one node and edge per shown entity and relation', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  const gexf = await exportFile(page, 'Graph for Gephi (GEXF)');
  expect(gexf.suggestedFilename()).toMatch(new RegExp(`^fictional-veld-${DAY}-graph\\.gexf$`));
  const parsed = await parseInPage(
    page,
    (await contents(gexf)).toString('utf8'),
    'application/xml',
  );
  expect(parsed).toMatchObject({ errors: 0, root: 'gexf', nodes: 10, edges: 14 });
});

test('with roll-up on, GEXF and SVG draw the same ties, and the dataset re-imports to them', async ({
  page,
}, testInfo) => {
  await openExplorer(page, '/?rollup=1');
  const shown = (await statusLine(page).textContent())!;
  const gexf = await parseInPage(
    page,
    (await contents(await exportFile(page, 'Graph for Gephi (GEXF)'))).toString('utf8'),
    'application/xml',
  );
  const svg = await parseInPage(
    page,
    (await contents(await exportFile(page, 'Vector picture of the whole graph (SVG)'))).toString(
      'utf8',
    ),
    'image/svg+xml',
  );
  expect(gexf).toMatchObject({ errors: 0, nodes: svg.nodes, edges: svg.edges });
  expect(shown).toBe(`${gexf.nodes} entities · ${gexf.edges} relations shown`);

  // The dataset keeps the officials behind the ties: opened again and rolled up,
  // it shows the same.
  const json = await exportFile(page, 'What is shown, as a dataset (JSON)');
  const saved = testInfo.outputPath(json.suggestedFilename());
  await json.saveAs(saved);
  await page.getByLabel('Dataset file').setInputFiles(saved);
  await expect(page.getByText(`Local file: ${json.suggestedFilename()}`)).toBeVisible();
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  await page.getByRole('checkbox', { name: 'Roll up officials into states' }).check();
  await expect(statusLine(page)).toHaveText(shown);
});

test('with the table shown, a picture export says to switch to the graph; data still saves', async ({
  page,
}) => {
  await page.goto('/?show=table');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: 'Picture of the view (PNG)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'switch from the table' })).toBeVisible();
  const csv = await exportFile(page, 'Entities with their excerpts (CSV)');
  expect(csv.suggestedFilename()).toMatch(/-entities\.csv$/);
});

test('the Export menu works from the keyboard and Escape closes it', async ({ page }) => {
  await openExplorer(page);
  const trigger = page.getByRole('button', { name: 'Export', exact: true });
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(trigger).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Picture of the view (PNG)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(trigger).toHaveAttribute('aria-expanded', 'false');
  await expect(trigger).toBeFocused();

  await page.keyboard.press('Enter');
  for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
  await expect(
    page.getByRole('button', { name: 'Relations with their excerpts (CSV)' }),
  ).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/-relations\.csv$/);
});

test('the evidence brief prints the selected relation with its excerpts and "unknown" sources', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // No print dialog in a test: count the calls instead.
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
  await openExplorer(page, '/?sel=russia-north-korea-strategic-ties');
  const brief = await openEvidenceBrief(page);
  await expect(brief.getByRole('heading', { name: 'Evidence brief' })).toBeFocused();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(brief).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Diplograph' })).toBeHidden();
  await expect(brief).toContainText('Lavrov meets Choe Son-hui (seed article) (lavrov-choe)');
  await expect(brief).toContainText(/v=1.*sel=russia-north-korea-strategic-ties/);
  await expect(
    brief.getByRole('img', { name: 'The graph as shown when the brief was made.' }),
  ).toBeVisible();
  expect(
    await brief.getByRole('img').evaluate((img) => (img as HTMLImageElement).naturalWidth),
  ).toBeGreaterThan(0);

  const excerpts = brief.locator('.brief-excerpt');
  await expect(excerpts).toHaveCount(2);
  await expect(excerpts.first().locator('blockquote')).toContainText(
    'Bu buluşma, iki ülke arasındaki',
  );
  await expect(excerpts.nth(1).locator('blockquote')).toContainText('Bu görüşme, iki ülkenin de');
  // The seed article gives no publisher, date or URL: each excerpt's source says so.
  for (const excerpt of await excerpts.all()) {
    for (const term of ['Publisher', 'Published', 'URL'])
      await expect(
        excerpt
          .locator('dt', { hasText: new RegExp(`^${term}$`) })
          .locator('xpath=following-sibling::dd[1]'),
      ).toHaveText('unknown');
  }

  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await expect(brief).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
});

test('in the dark theme the brief prints light, picture included', async ({ page }) => {
  await skipPrintDialog(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openExplorer(page, '/?sel=russia-north-korea-strategic-ties');
  const colours = (selector: string) =>
    page.locator(selector).evaluate((element) => {
      const style = getComputedStyle(element);
      return { color: style.color, background: style.backgroundColor };
    });
  expect(await colours('body')).toMatchObject({ color: 'rgb(232, 232, 228)' });

  const brief = await openEvidenceBrief(page);
  const picture = brief.getByRole('img', { name: 'The graph as shown when the brief was made.' });
  await expect(picture).toBeVisible();
  // The picture's corner is the light theme's background, not the dark one's.
  const corner = await picture.evaluate(async (img) => {
    const image = img as HTMLImageElement;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return [...context.getImageData(2, 2, 1, 1).data];
  });
  expect(corner).toEqual([255, 255, 255, 255]);

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await colours('.evidence-brief')).toEqual({
    color: 'rgb(26, 26, 26)',
    background: 'rgb(255, 255, 255)',
  });
  expect(await colours('html')).toMatchObject({ background: 'rgb(255, 255, 255)' });
  // On screen again, the page is dark as before: the picture left no light sheet behind.
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await page.keyboard.press('Escape');
  await expect(brief).toBeHidden();
  expect(await colours('body')).toMatchObject({ color: 'rgb(232, 232, 228)' });
});

test('with nothing selected the brief lists every shown entity and relation; with a path, its chain', async ({
  page,
}) => {
  await skipPrintDialog(page);
  await openExplorer(page, '/?lens=western-tensions');
  const [entities, relations] = /(\d+) entities · (\d+) relations/
    .exec((await statusLine(page).textContent())!)!
    .slice(1)
    .map(Number);
  const brief = await openEvidenceBrief(page);
  await expect(brief).toContainText(
    `Nothing is selected: the shown entities with excerpts of their own and all ${relations} shown relations`,
  );
  // Every seed entity is quoted in the article, so each shown one has its excerpts.
  await expect(brief.locator('.brief-item')).toHaveCount(entities! + relations!);
  await page.keyboard.press('Escape');

  // A drawn path: the brief follows its evidence chain, ends first, hop by hop.
  await openExplorer(page, '/?path=sergey-lavrov,choe-son-hui');
  await openEvidenceBrief(page);
  await expect(brief).toContainText('Sergey Lavrov → Lavrov–Choe meeting → Choe Son-hui');
  await expect(brief).toContainText(
    'a path is drawn: its entities and the relations of its 2 hops',
  );
  await expect(brief.locator('.brief-item')).toHaveCount(3 + 2);
});

test('a selected rolled-up tie is briefed with its meeting and the relations behind it', async ({
  page,
}) => {
  await skipPrintDialog(page);
  await openExplorer(page, '/?rollup=1&sel=rollup:north-korea|russia|meeting');
  const brief = await openEvidenceBrief(page);
  await expect(brief).toContainText('The selected rolled-up tie');
  await expect(brief).not.toContainText('Nothing is selected');
  // The meeting, both officials' part in it and the offices that carry them to their states.
  await expect(brief.locator('.brief-item')).toHaveCount(5);
  await expect(brief).toContainText('Lavrov–Choe meeting');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the open Export menu and the brief have no WCAG AA violations (${theme})`, async ({
    page,
  }) => {
    await skipPrintDialog(page);
    await page.emulateMedia({ colorScheme: theme });
    const violations = async () => {
      const { violations: found } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    };
    await openExplorer(page, '/?sel=russia-west-tensions');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('group', { name: 'Export the view' })).toBeVisible();
    expect(await violations()).toEqual([]);
    await page.getByRole('button', { name: 'Print evidence brief' }).click();
    await expect(page.getByRole('dialog', { name: 'Evidence brief' })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}
