import type { Page } from '@playwright/test';
import { pagePositionOf, statusLine } from './graphPage.ts';
import { generateSyntheticDataset } from '../scripts/synth/generateSyntheticDataset.ts';
import { isLargeDrawing } from '../src/domain/view/chooseRenderer.ts';
import { expect, test } from './test.ts';

/** The kinds of drawing context the graph's canvases hold: "2d" or "webgl". */
async function canvasContexts(page: Page): Promise<string[]> {
  return page.locator('[data-testid="graph-canvas"]').evaluate((container) =>
    Array.from(container.querySelectorAll('canvas')).map((canvas) =>
      // A canvas holding a WebGL context answers null when asked for a 2D one.
      canvas.getContext('2d') === null ? 'webgl' : '2d',
    ),
  );
}

const graph = (page: Page) => page.locator('[data-testid="graph-canvas"]');

/** Opens a link and waits for its graph, generously: software WebGL on a shared machine is slow. */
async function openGraph(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(graph(page)).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
}

/** Counts the page's requests for a WebGL 2 context (the renderer's probe makes one). */
async function countWebglRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counted = window as unknown as { webglAsked: number };
    counted.webglAsked = 0;
    // Wrapped, and called below with its canvas as `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      ...args: Parameters<HTMLCanvasElement['getContext']>
    ) {
      if (args[0] === 'webgl2') counted.webglAsked += 1;
      return getContext.apply(this, args);
    } as HTMLCanvasElement['getContext'];
  });
}
const webglAsked = (page: Page) =>
  page.evaluate(() => (window as unknown as { webglAsked: number }).webglAsked);

test('a large dataset is probed: headless Chromium has only software WebGL, so it is drawn on the 2D canvas', async ({
  page,
}) => {
  // 1,000 fictional entities and 2,500 relations (synthetic): past the 3,000
  // elements from which WebGL could pay.
  const synthetic = generateSyntheticDataset(1000, 3);
  expect(isLargeDrawing(synthetic.entities.length + synthetic.relations.length)).toBe(true);
  await page.route(
    (url) => url.pathname === '/synthetic-1000.json',
    (route) => route.fulfill({ json: synthetic }),
  );
  await countWebglRequests(page);
  await openGraph(page, '/?data=/synthetic-1000.json');
  await expect(graph(page)).toHaveAttribute('data-renderer', 'canvas');
  expect(await canvasContexts(page)).not.toContain('webgl');
  expect(await webglAsked(page)).toBeGreaterThan(0);
});

test('a small dataset is drawn on the 2D canvas without probing WebGL', async ({ page }) => {
  await countWebglRequests(page);
  await openGraph(page, '/');
  await expect(graph(page)).toHaveAttribute('data-renderer', 'canvas');
  expect(await canvasContexts(page)).not.toContain('webgl');
  expect(await webglAsked(page)).toBe(0);
});

test('?renderer=webgl draws with Cytoscape’s WebGL mode, and the graph still answers', async ({
  page,
}) => {
  // Software WebGL (SwiftShader) draws the seed in seconds where the canvas takes one.
  test.slow();
  await openGraph(page, '/?renderer=webgl');
  await expect(graph(page)).toHaveAttribute('data-renderer', 'webgl');
  expect(await canvasContexts(page)).toContain('webgl');
  await expect(statusLine(page)).toContainText(/\d+ entities/);
  // A click on an entity drawn by WebGL selects it.
  const at = await pagePositionOf(page, 'sergey-lavrov');
  await page.mouse.click(at.x, at.y);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Sergey Lavrov');
  await expect(page).toHaveURL(/renderer=webgl/);
});

test('?renderer=canvas keeps the 2D canvas', async ({ page }) => {
  await openGraph(page, '/?renderer=canvas');
  await expect(graph(page)).toHaveAttribute('data-renderer', 'canvas');
  expect(await canvasContexts(page)).not.toContain('webgl');
});
