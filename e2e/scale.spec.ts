import { expect, test } from './test.ts';
import { withPositions } from '../scripts/layoutDataset.ts';
import { generateSyntheticDataset } from '../scripts/synth/generateSyntheticDataset.ts';
import { drawnView } from './graphPage.ts';

// A synthetic dataset (fictional names) large enough for the layout worker and the
// overview style, served by the test itself.
const synthetic = generateSyntheticDataset(600, 7);
const withStored = withPositions(synthetic);
const LARGE_LOAD_MS = 30_000;

test('a large dataset is laid out in a worker while the app stays usable', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/synthetic-600.json',
    (route) => route.fulfill({ json: synthetic }),
  );
  // Hold the worker's script back, so the layout is seen in progress.
  let releaseWorker: (() => void) | undefined;
  const workerHeld = new Promise<void>((resolve) => {
    releaseWorker = resolve;
  });
  await page.route('**/assets/layoutWorker-*.js', async (route) => {
    await workerHeld;
    await route.continue();
  });
  await page.goto('/?data=/synthetic-600.json');
  // The progress over the canvas carries a progress bar; the status line does not.
  const progress = page
    .getByRole('status')
    .filter({ has: page.getByRole('progressbar'), hasText: 'Laying out 600 entities…' });
  await expect(progress).toBeVisible({ timeout: LARGE_LOAD_MS });
  await expect(page.getByRole('progressbar', { name: 'Laying out 600 entities…' })).toBeVisible();
  // The status line says what is being laid out, not counts of what is not drawn yet.
  const statusLine = page
    .getByRole('status')
    .filter({ hasNot: page.getByRole('progressbar'), hasText: /entities/ });
  await expect(statusLine).toHaveText('Laying out 600 entities…');

  // The search box works during the layout.
  const name = synthetic.entities[0]!.name.en;
  await page.getByRole('combobox', { name: 'Search entities and excerpts' }).fill(name);
  await expect(page.getByRole('option', { name: new RegExp(name) }).first()).toBeVisible();
  await expect(page.locator('[data-testid="graph-canvas"]')).toHaveAttribute('data-ready', 'false');

  releaseWorker?.();
  // Laying out and drawing 600 entities takes seconds on a busy 2-core machine.
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible({
    timeout: LARGE_LOAD_MS,
  });
  await expect(progress).toBeHidden();
  await expect(statusLine).toHaveText(/^600 entities · [\d,]+ relations shown$/);
  const view = await drawnView(page);
  expect(view.nodes).toHaveLength(600);
  // The worker computes what data:layout stores: the same positions.
  for (const [id, [x, y]] of Object.entries(withStored.positions!).slice(0, 50))
    expect(view.positions[id]).toEqual([Math.round(x), Math.round(y)]);
});

test('stored positions are drawn as they are, without a layout', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/synthetic-600-placed.json',
    (route) => route.fulfill({ json: withStored }),
  );
  await page.goto('/?data=/synthetic-600-placed.json');
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible({
    timeout: LARGE_LOAD_MS,
  });
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((mark) => mark.name),
  );
  expect(marks).toContain('diplograph:graph-drawn');
  expect(marks).not.toContain('diplograph:layout-started');
  const view = await drawnView(page);
  const [id, [x, y]] = Object.entries(withStored.positions!)[0]!;
  expect(view.positions[id]).toEqual([Math.round(x), Math.round(y)]);
  await expect(page.getByText('A large graph is drawn as an overview')).toBeVisible();
  // Long kinds are cut in the entity list; the rest is one click away.
  const list = page.getByRole('navigation', { name: 'Entities' });
  const officials = synthetic.entities.filter((e) => e.kind === 'official').length;
  await list.getByRole('button', { name: `Show all ${officials} officials` }).click();
  await expect(list.locator('section', { hasText: 'Officials' }).getByRole('listitem')).toHaveCount(
    officials,
  );
});
