import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { openEvidenceBrief, openExplorer, skipPrintDialog, statusLine } from './graphPage.ts';

// WCAG 2.1 A and AA, which include colour contrast (1.4.3) for text in both themes.
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page) {
  const builder = new AxeBuilder({ page }).withTags(WCAG_AA);
  const { violations, passes } = await builder.analyze();
  // The contrast rule must have looked at text, or a blank page would pass.
  expect(passes.map((rule) => rule.id)).toContain('color-contrast');
  // Listed by rule and element so a failure says what to fix.
  const found = violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  );
  expect(found).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`in the ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
    });

    test('the graph with its filters, list and legend has no WCAG AA violations', async ({
      page,
    }) => {
      await openExplorer(page);
      await expect(page.locator('html')).not.toHaveAttribute('data-theme');
      await expectNoViolations(page);
    });

    test('the map layout, its outline and the table of its coordinates have no violations', async ({
      page,
    }) => {
      await openExplorer(page, '/?layout=map');
      await expect(page.getByTestId('map-outline')).toBeVisible();
      await expectNoViolations(page);
      await page.goto('/?layout=map&show=table');
      await expect(page.getByRole('columnheader', { name: 'On the map' })).toBeVisible();
      await expectNoViolations(page);
    });

    test('the details of an entity and of a relation have no violations', async ({ page }) => {
      await openExplorer(page, '/?sel=sergey-lavrov');
      await expect(page.getByRole('heading', { level: 2, name: 'Sergey Lavrov' })).toBeVisible();
      await expectNoViolations(page);
      await openExplorer(page, '/?sel=russia-west-tensions');
      await expectNoViolations(page);
    });

    test('the reader has no violations', async ({ page }) => {
      await openExplorer(page, '/?sel=russia-west-tensions&read=1');
      await expect(page.getByRole('dialog', { name: /^Article/ })).toBeVisible();
      await expectNoViolations(page);
    });

    test('the fictional dataset with its timeline and a path, in Turkish too, has no violations', async ({
      page,
    }) => {
      await openExplorer(page, '/?data=fictional-veld&path=arvel-quint,halvard-ens');
      await expect(page.getByRole('heading', { name: /^Timeline/ })).toBeVisible();
      await expect(page.getByRole('heading', { name: /^Evidence chain/ })).toBeVisible();
      await expectNoViolations(page);
      await openExplorer(page, '/?data=fictional-veld&lang=tr&sel=norland');
      await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
      await expectNoViolations(page);
    });

    test('roll-up with a tie selected, and the evidence brief, have no violations', async ({
      page,
    }) => {
      await skipPrintDialog(page);
      await openExplorer(page, '/?rollup=1&sel=rollup:north-korea|russia|meeting');
      await expect(
        page.getByRole('checkbox', { name: 'Roll up officials into states' }),
      ).toBeChecked();
      await expectNoViolations(page);
      await expect(await openEvidenceBrief(page)).toBeVisible();
      await expectNoViolations(page);
    });

    test('the table view has no violations', async ({ page }) => {
      await page.goto('/?show=table');
      await expect(statusLine(page)).toHaveText(/^10 entities/);
      await expect(page.getByRole('table', { name: /Entities shown/ })).toBeVisible();
      await expectNoViolations(page);
    });
  });
}

/** The colour of the picture's top-left pixel: the graph's own background as drawn. */
async function graphBackground(page: Page): Promise<number[]> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: 'Picture of the view (PNG)' }).click();
  const bytes = readFileSync(await (await downloading).path());
  // Decoded from a Blob: the policy refuses data: images, rightly.
  return page.evaluate(
    async (data) => {
      const image = await createImageBitmap(
        new Blob([new Uint8Array(data)], { type: 'image/png' }),
      );
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return [...context.getImageData(1, 1, 1, 1).data];
    },
    [...bytes],
  );
}

test('the theme can be chosen, is remembered, and redraws the graph', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openExplorer(page);
  const background = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const panels = () =>
    page.evaluate(() =>
      ['.details-panel', '.legend', '.entity-list button'].map((selector) => {
        const style = getComputedStyle(document.querySelector(selector)!);
        return [style.color, style.backgroundColor];
      }),
    );
  expect(await background()).toBe('rgb(255, 255, 255)');
  const lightPanels = await panels();
  expect(await graphBackground(page)).toEqual([255, 255, 255, 255]);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(20, 20, 20)');
  // The panels' text and fills change with the page, and the graph is redrawn dark.
  const darkPanels = await panels();
  for (const [i, [colour, fill]] of darkPanels.entries()) {
    expect(colour).not.toBe(lightPanels[i]![0]);
    expect(fill === 'rgba(0, 0, 0, 0)' || fill !== lightPanels[i]![1]).toBe(true);
  }
  expect(await graphBackground(page)).toEqual([20, 20, 20, 255]);
  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect(await background()).toBe('rgb(20, 20, 20)');
  await page.getByLabel('Theme').selectOption('system');
  expect(await background()).toBe('rgb(255, 255, 255)');
});

test('the table lists what the graph shows, follows the filters, and selects', async ({ page }) => {
  await openExplorer(page);
  const shown = await statusLine(page).textContent();
  await page
    .getByRole('group', { name: 'Presentation' })
    .getByRole('button', { name: 'Table' })
    .click();
  await expect(page).toHaveURL(/show=table/);
  const entities = page.getByRole('table', { name: /Entities shown/ });
  const relations = page.getByRole('table', { name: /Relations shown/ });
  // One header row plus a row per shown entity and relation, as the status line counts.
  const [, entityCount, relationCount] =
    /^(\d+) entities · (\d+) relations/.exec(shown ?? '') ?? [];
  await expect(entities.getByRole('row')).toHaveCount(Number(entityCount) + 1);
  await expect(relations.getByRole('row')).toHaveCount(Number(relationCount) + 1);

  await entities.getByRole('button', { name: 'Sergey Lavrov' }).click();
  await expect(page).toHaveURL(/sel=sergey-lavrov/);
  await expect(page.getByRole('heading', { level: 2, name: 'Sergey Lavrov' })).toBeVisible();
  await expect(entities.getByRole('button', { name: 'Sergey Lavrov' })).toHaveAttribute(
    'aria-current',
    'true',
  );

  // A filter narrows the table as it narrows the graph.
  await page
    .getByRole('group', { name: 'Entity kinds' })
    .getByRole('checkbox', { name: /^Official/ })
    .uncheck();
  await expect(entities.getByRole('button', { name: 'Sergey Lavrov' })).toHaveCount(0);
  const narrowed = await statusLine(page).textContent();
  const [, fewer] = /^(\d+) entities/.exec(narrowed ?? '') ?? [];
  await expect(entities.getByRole('row')).toHaveCount(Number(fewer) + 1);

  await page
    .getByRole('group', { name: 'Presentation' })
    .getByRole('button', { name: 'Graph' })
    .click();
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
});
