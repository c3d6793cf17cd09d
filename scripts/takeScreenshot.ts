// Builds the app, serves the production build, and photographs it as a newcomer
// first sees it with one relation selected: docs/screenshot.png for the README.
// Also prints the chunks' gzipped sizes and the time to the first drawn graph.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { ensureChromium, launchChromium } from './browser.ts';

const port = Number(process.env.DIPLOGRAPH_SCREENSHOT_PORT ?? 4782);
// Before building: a machine without a browser hears so in seconds, not minutes.
ensureChromium();

await build({ logLevel: 'warn' });
const assets = new URL('../dist/assets/', import.meta.url);
// The entry chunk and its CSS load first; the force layout's chunk loads when a
// graph is laid out in the page; workers load when a large dataset needs them.
let atStart = 0;
for (const name of readdirSync(assets)) {
  if (!/\.(js|css)$/.test(name)) continue;
  const size = gzipSync(readFileSync(new URL(name, assets))).length;
  if (name.startsWith('index-')) atStart += size;
  console.log(`${name}: ${(size / 1024).toFixed(1)} KiB gzipped`);
}
console.log(`loaded at start (index JS + CSS): ${(atStart / 1024).toFixed(1)} KiB gzipped`);

const server = await preview({
  preview: { port, strictPort: true, host: '127.0.0.1' },
  logLevel: 'warn',
});
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor();
  const drawnAt = await page.evaluate(
    () => performance.getEntriesByName('diplograph:graph-drawn')[0]?.startTime ?? null,
  );
  console.log(
    `first drawn graph: ${drawnAt === null ? 'not marked' : `${Math.round(drawnAt)} ms`} after navigation`,
  );
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Russia', exact: true })
    .click();
  await page
    .getByRole('complementary', { name: 'Details' })
    .getByRole('button', { name: 'Russia is in tension with The West' })
    .click();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
  // How much room the graph gets on common screens, as a newcomer first sees it.
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`http://127.0.0.1:${port}/`);
    const canvas = page.locator('[data-testid="graph-canvas"][data-ready="true"]');
    await canvas.waitFor();
    await page.waitForTimeout(300);
    const box = (await canvas.boundingBox())!;
    await page.screenshot({ path: `docs/screenshot-${width}.png` });
    console.log(
      `wrote docs/screenshot-${width}.png: the graph takes ${((100 * box.width * box.height) / (width * height)).toFixed(1)} % of ${width}×${height}`,
    );
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
