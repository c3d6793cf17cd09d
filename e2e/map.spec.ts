import { readFileSync } from 'node:fs';
import { openExplorer, pagePositionOf } from './graphPage.ts';
import { expect, test } from './test.ts';

// The seed's states carry their ISO codes (RUS, PRK, USA); the map puts each at its
// country's point on Natural Earth's outline, bundled with the app.
test('the map layout draws the world under the graph and puts states where their countries are', async ({
  page,
  browser,
}) => {
  await openExplorer(page);
  await page.getByLabel('Layout').selectOption('map');
  await expect(page).toHaveURL(/layout=map/);
  const outline = page.getByTestId('map-outline');
  await expect(outline).toBeVisible();
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();

  const russia = await pagePositionOf(page, 'russia');
  const northKorea = await pagePositionOf(page, 'north-korea');
  const unitedStates = await pagePositionOf(page, 'united-states');
  // Pyongyang's country lies east and south of Russia's centre; the United States far west.
  expect(northKorea.x).toBeGreaterThan(russia.x);
  expect(northKorea.y).toBeGreaterThan(russia.y);
  expect(unitedStates.x).toBeLessThan(russia.x - 100);
  // Lavrov stands beside his state, on the ring around its point.
  const lavrov = await pagePositionOf(page, 'sergey-lavrov');
  expect(Math.hypot(lavrov.x - russia.x, lavrov.y - russia.y)).toBeLessThan(120);
  // The outline moves with the camera: the globe's edge frames the states.
  const globe = (await outline.locator('.map-sphere').boundingBox())!;
  for (const state of [russia, northKorea, unitedStates]) {
    expect(state.x).toBeGreaterThan(globe.x);
    expect(state.x).toBeLessThan(globe.x + globe.width);
    expect(state.y).toBeGreaterThan(globe.y);
    expect(state.y).toBeLessThan(globe.y + globe.height);
  }

  // The table lists the coordinates the map used, and why.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const entities = page.getByTestId('graph-table').locator('table').first();
  const row = (name: string) =>
    entities.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(row('Russia')).toContainText(/\d+\.\d+° N, \d+\.\d+° E: the centre of RUS/);
  await expect(row('Sergey Lavrov')).toContainText('beside Russia');
  await expect(row('The West')).toContainText('not placed');
  await page.getByRole('button', { name: 'Graph', exact: true }).click();

  // The SVG export draws the outline under the graph, in graph coordinates.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'Export the view' })
    .getByRole('button', { name: 'Vector picture of the whole graph (SVG)' })
    .click();
  const svg = readFileSync(await (await downloading).path(), 'utf8');
  expect(svg.indexOf('<g class="underlay">')).toBeGreaterThan(0);
  expect(svg.indexOf('<g class="underlay">')).toBeLessThan(svg.indexOf('<g class="edges">'));
  const underlay = /<g class="underlay">[\s\S]*?<\/g>/.exec(svg)![0];
  expect(underlay.match(/<path /g)).toHaveLength(3);

  // A shared link reopens the map in a fresh browser.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openExplorer(other, new URL(page.url()).pathname + new URL(page.url()).search);
  await expect(other.getByTestId('map-outline')).toBeVisible();
  await expect(other.getByLabel('Layout')).toHaveValue('map');
  await fresh.close();
});
