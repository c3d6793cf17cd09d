import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { withPositions } from '../scripts/layoutDataset.ts';
import { generateSyntheticDataset } from '../scripts/synth/generateSyntheticDataset.ts';
import { statusLine } from './graphPage.ts';

// Issue 19: the graph gets the room, and a selection in an overview can be read.

test('at 1366×768 the graph takes at least half of the window, and the header is one line at 1280 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor();
  const canvas = (await page.getByRole('img', { name: /^Graph of/ }).boundingBox())!;
  expect((canvas.width * canvas.height) / (1366 * 768)).toBeGreaterThanOrEqual(0.5);
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');

  await page.setViewportSize({ width: 1280, height: 800 });
  const header = (await page.getByRole('banner').boundingBox())!;
  // One row of controls (about 46 px); two rows measured 84 px.
  expect(header.height).toBeLessThan(60);
});

test('filters, timeline and legend fold away, the link remembers it, and they come back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?data=fictional-veld');
  await page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor();
  const canvas = page.getByRole('img', { name: /^Graph of/ });
  const before = (await canvas.boundingBox())!;

  await page.getByRole('button', { name: 'Fold away the timeline' }).click();
  await page.getByRole('button', { name: 'Fold away the legend' }).click();
  await page.getByRole('button', { name: 'Fold away entities and filters' }).click();
  await expect(page).toHaveURL(/[?&]fold=filters,timeline,legend(&|$)/);
  await expect(page.getByRole('navigation', { name: 'Entities' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Legend' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Timeline/ })).toHaveCount(0);
  await expect
    .poll(async () => (await canvas.boundingBox())!.width * (await canvas.boundingBox())!.height)
    .toBeGreaterThan(before.width * before.height * 1.2);

  // A reload (or whoever opens the link) sees the panels folded.
  await page.reload();
  await page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor();
  const showTimeline = page.getByRole('button', { name: 'Timeline', exact: true });
  await expect(showTimeline).toHaveAttribute('aria-expanded', 'false');
  await showTimeline.click();
  await expect(page.getByRole('heading', { name: /^Timeline/ })).toBeVisible();
  await page.getByRole('button', { name: 'Show entities and filters' }).click();
  await expect(page.getByRole('navigation', { name: 'Entities' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]fold=legend(&|$)/);
});

// A synthetic dataset (fictional names) of 1,000 entities and 2,500 relations, with
// stored positions: above the 2,000 elements of an overview.
const large = withPositions(generateSyntheticDataset(1000, 7));

/** Opens the large synthetic dataset (with more of the link after it), without motion. */
async function openLarge(page: Page, rest: string): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.route(
    (url) => url.pathname === '/synthetic-1000.json',
    (route) => route.fulfill({ json: large }),
  );
  await page.goto(`/?data=/synthetic-1000.json${rest}`);
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible({
    timeout: 60_000,
  });
}

test('selecting an entity in an overview zooms to its neighbourhood; "Show whole graph" returns', async ({
  page,
}) => {
  // A thousand entities take a while to check and draw on a busy 2-core machine.
  test.setTimeout(180_000);
  await openLarge(page, '');
  const zoom = () => Number(new URL(page.url()).searchParams.get('zoom') ?? 'NaN');
  await expect.poll(zoom, { timeout: 15_000 }).toBeLessThan(0.75);
  const whole = zoom();

  const name = large.entities[0]!.name.en;
  const search = page.getByRole('combobox', { name: 'Search entities and excerpts' });
  await search.fill(name);
  await page
    .getByRole('option', { name: new RegExp(`^${name}\\b`) })
    .first()
    .click();
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2, name }),
  ).toBeVisible();
  // Close enough for names to be drawn (OVERVIEW_LABEL_ZOOM), centred near the entity.
  await expect.poll(zoom, { timeout: 15_000 }).toBeGreaterThanOrEqual(0.75);

  // Back to a view of everything drawn: the group the selection opened made room for
  // its members, so the whole graph is larger than at first, and the zoom lower.
  await page.getByRole('button', { name: 'Show whole graph' }).click();
  await expect.poll(zoom, { timeout: 15_000 }).toBeLessThanOrEqual(whole);
  const inView = () =>
    page.getByTestId('graph-canvas').evaluate((container) => {
      const { cy } = (
        container as unknown as {
          _cyreg: {
            cy: {
              width: () => number;
              height: () => number;
              elements: (selector: string) => {
                renderedBoundingBox: () => { x1: number; y1: number; x2: number; y2: number };
              };
            };
          };
        }
      )._cyreg;
      const box = cy.elements(':visible').renderedBoundingBox();
      return box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1;
    });
  await expect.poll(inView, { timeout: 15_000 }).toBe(true);
  await expect(page.getByRole('button', { name: 'Show whole graph' })).toHaveCount(0);
});

test('drawn in full, a large graph names the entities in view once zoomed in, and no others', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openLarge(page, '&all=1');
  const labels = () =>
    page.evaluate(() => {
      const { cy } = (
        document.querySelector('[data-testid="graph-canvas"]') as unknown as {
          _cyreg: { cy: import('cytoscape').Core };
        }
      )._cyreg;
      const named = (n: import('cytoscape').NodeSingular) => n.style('label') !== '';
      const extent = cy.extent();
      // Outside the view by more than the quarter of its size (labelsInView's margin is a fifth).
      const w = (extent.x2 - extent.x1) / 4;
      const h = (extent.y2 - extent.y1) / 4;
      const far = cy.nodes().filter((n) => {
        const { x, y } = n.position();
        const outside =
          x < extent.x1 - w || x > extent.x2 + w || y < extent.y1 - h || y > extent.y2 + h;
        // The selection's neighbourhood is named wherever it lies.
        return outside && !n.hasClass('near') && !n.selected();
      });
      // Named for being in view alone: not the selection, not its neighbourhood (whose
      // `near` labels would pass this test without the in-view naming).
      const namedInViewOnly = cy
        .nodes('.in-view')
        .filter((n) => named(n) && !n.hasClass('near') && !n.selected());
      return {
        named: cy.nodes().filter(named).length,
        namedInViewOnly: namedInViewOnly.length,
        all: cy.nodes().length,
        far: far.length,
        farNamed: far.filter(named).length,
      };
    });
  // The whole graph, too far out to read names: none is drawn.
  expect((await labels()).named).toBe(0);

  const name = large.entities[0]!.name.en;
  await page.getByRole('combobox', { name: 'Search entities and excerpts' }).fill(name);
  await page
    .getByRole('option', { name: new RegExp(`^${name}\\b`) })
    .first()
    .click();
  // Zoomed in on the selection: the entities in view are named (restyling those alone,
  // not every element of the graph), the ones far outside the view are not.
  await expect
    .poll(async () => (await labels()).namedInViewOnly, { timeout: 15_000 })
    .toBeGreaterThan(0);
  const shown = await labels();
  expect(shown.named).toBeLessThan(shown.all);
  expect(shown.far).toBeGreaterThan(0);
  expect(shown.farNamed).toBe(0);
});
