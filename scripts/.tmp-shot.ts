import { launchChromium } from '/work/wt/i19/scripts/browser.ts';
const [w, h, out, query = ''] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(`http://127.0.0.1:4809/${query}`);
await page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor({ timeout: 120000 });
await page.waitForTimeout(500);
const boxes: Record<string, number[] | null> = {};
for (const sel of ['.app-header', '.graph-canvas', '.graph-pane', '.sidebar', '.details-panel']) {
  const r = await page.locator(sel).first().boundingBox();
  boxes[sel] = r ? [r.x, r.y, r.width, r.height].map(Math.round) : null;
}
console.log(JSON.stringify(boxes));
const c = boxes['.graph-canvas']!; console.log('canvas share', ((c[2] * c[3]) / (Number(w) * Number(h)) * 100).toFixed(1) + ' %');
await page.screenshot({ path: out });
await browser.close();
