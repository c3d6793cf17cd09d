// The force layout of a small dataset as the app computes it in the page: fcose with
// each label measured by the browser. `npm run data:layout` stores it in the file,
// so the app draws a bundled small dataset (the seed) without fetching fcose or
// laying it out on every load. Runs the app's own code on Vite's dev server in
// headless Chromium; the browser measures labels with this machine's fonts.
import type { Page } from '@playwright/test';
import type { Dataset, Positions } from '../src/domain/dataset/datasetSchema.ts';
import { launchChromium } from './browser.ts';

const port = Number(process.env.DIPLOGRAPH_LAYOUT_PORT ?? 4793);
/** Where the page fetches the dataset from; the script answers that request itself. */
const INPUT_PATH = '/data-layout-input.json';

/**
 * Opens the app at `origin` on `dataset` without its stored positions, so the page
 * lays it out, and reads every node's position to a tenth of a unit.
 */
export async function placeInPage(
  page: Page,
  origin: string,
  dataset: Dataset,
): Promise<Positions> {
  const unplaced: Dataset = { ...dataset };
  delete unplaced.positions;
  await page.route(
    (url) => url.pathname === INPUT_PATH,
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(unplaced) }),
  );
  await page.goto(`${origin}/?data=${INPUT_PATH}&layout=force`);
  const positions: Positions = await page
    .locator('[data-testid="graph-canvas"][data-ready="true"]')
    .evaluate((container) => {
      interface Node {
        id: () => string;
        position: () => { x: number; y: number };
      }
      const cy = (container as unknown as { _cyreg: { cy: { nodes: () => Node[] } } })._cyreg.cy;
      // No named functions in here: tsx would wrap them in a helper the page lacks.
      return Object.fromEntries(
        cy.nodes().map((node) => {
          const at = node.position();
          return [node.id(), [Math.round(at.x * 10) / 10, Math.round(at.y * 10) / 10]];
        }),
      );
    });
  const missing = dataset.entities.filter((e) => !Object.hasOwn(positions, e.id));
  if (missing.length > 0) {
    throw new Error(`the page drew no node for ${missing.map((e) => e.id).join(', ')}`);
  }
  return positions;
}

/** placeInPage on Vite's dev server and a headless Chromium, both stopped after. */
export async function layoutInPage(dataset: Dataset): Promise<Positions> {
  const { createServer } = await import('vite');
  const server = await createServer({
    server: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  await server.listen();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    return await placeInPage(page, `http://127.0.0.1:${port}`, dataset);
  } finally {
    await browser.close();
    await server.close();
  }
}
