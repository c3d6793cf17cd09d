import { launchChromium } from '../browser.ts';
import { serveStatic } from './staticServer.ts';
const server = await serveStatic([['/bench-data/', '/work/main/bench-results/data/'], ['/', '/work/main/dist/']], 4784);
const b = await launchChromium();
const page = await b.newPage({ viewport: { width: 1400, height: 860 } });
await page.addInitScript(() => {
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'diplograph:graph-drawn') { const cy = (document.querySelector('[data-testid="graph-canvas"]') as any)._cyreg.cy; console.log('AT DRAWN zoom', cy.zoom(), cy.width(), cy.height(), JSON.stringify(cy.elements().boundingBox())); } }).observe({ type: 'mark' });
});
page.on('console', (m) => console.log('console:', m.text()));
await page.goto('http://127.0.0.1:4784/?data=' + encodeURIComponent('http://127.0.0.1:4784/bench-data/synthetic-5000.json'));
await page.waitForFunction(() => performance.getEntriesByName('diplograph:graph-drawn').length > 0, null, { timeout: 300000 });
console.log(page.url());
await page.evaluate(() => { const cy = (document.querySelector('[data-testid="graph-canvas"]') as any)._cyreg.cy; (window as any).__z = cy.zoom(); });
console.log('zoom right after drawn', await page.evaluate(() => (window as any).__z));
const out = await page.evaluate(async () => {
  const cy = (document.querySelector('[data-testid="graph-canvas"]') as any)._cyreg.cy;
  const log: string[] = [`drawn ${Math.round(performance.getEntriesByName('diplograph:graph-drawn')[0]!.startTime)} now ${Math.round(performance.now())} zoom ${cy.zoom().toFixed(3)} size ${cy.width()}x${cy.height()} label ${cy.nodes()[0].style('label')}`];
  cy.on('render', () => log.push(`render ${Math.round(performance.now())} zoom ${cy.zoom().toFixed(3)}`));
  cy.on('resize', () => log.push(`resize ${Math.round(performance.now())}`));
  await new Promise((r) => setTimeout(r, 8000));
  return log.slice(0, 30).join('\n');
});
console.log(out);
await b.close(); server.close();
