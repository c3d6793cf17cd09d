import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import type { Dataset } from '../src/domain/dataset/datasetSchema.ts';
import { MAP_INKS } from '../src/graph-view/graphPalette.ts';
import { E2E_DATA_ORIGIN } from './dataOrigin.ts';
import {
  drawnView,
  openEvidenceBrief,
  openExplorer,
  pagePositionOf,
  skipPrintDialog,
} from './graphPage.ts';
import { expect, test } from './test.ts';

/** The share of a PNG's pixels painted in a colour ("#rrggbb"), decoded in the page. */
async function shareOfColour(page: Page, download: Download, colour: string): Promise<number> {
  const bytes = readFileSync(await download.path()).toString('base64');
  return page.evaluate(
    async ([base64, hex]) => {
      // Decoded from bytes: the app's CSP (rightly) refuses to fetch data: URLs.
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let hits = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i] === r && data[i + 1] === g && data[i + 2] === b) hits += 1;
      return hits / (data.length / 4);
    },
    [bytes, colour] as const,
  );
}

async function exportPicture(page: Page, name: string): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export the view' }).getByRole('button', { name }).click();
  return downloading;
}

/** Every point lies strictly inside the box (page pixels). */
function expectInside(
  points: readonly { x: number; y: number }[],
  box: { x: number; y: number; width: number; height: number },
) {
  for (const point of points) {
    expect(point.x).toBeGreaterThan(box.x);
    expect(point.x).toBeLessThan(box.x + box.width);
    expect(point.y).toBeGreaterThan(box.y);
    expect(point.y).toBeLessThan(box.y + box.height);
  }
}

// The seed's states carry their ISO codes (RUS, PRK, USA); the map puts each at its
// capital (GeoNames, bundled) on Natural Earth's outline, bundled with the app.
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
  expect(Math.hypot(lavrov.x - russia.x, lavrov.y - russia.y)).toBeLessThan(200);
  const states = [russia, northKorea, unitedStates];
  // The map is framed on screen, not left where the force layout's camera was.
  expectInside(states, (await page.getByTestId('graph-canvas').boundingBox())!);
  // The outline moves with the camera: the globe's edge frames the states.
  expectInside(states, (await outline.locator('.map-sphere').boundingBox())!);

  // The table lists the coordinates the map used, and why.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const entities = page.getByTestId('graph-table').locator('table').first();
  const row = (name: string) =>
    entities.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(row('Russia')).toContainText(
    '55.75° N, 37.62° E: Moscow, the capital of RUS (GeoNames)',
  );
  await expect(row('North Korea')).toContainText('Pyongyang, the capital of PRK');
  await expect(row('Sergey Lavrov')).toContainText('beside Russia');
  await expect(row('The West')).toContainText('not placed');
  // The article gives the meeting no place: it stands beside its participants.
  await expect(row('Lavrov–Choe meeting')).toContainText(
    'beside Sergey Lavrov, Choe Son-hui; its own place unknown',
  );
  await page.getByRole('button', { name: 'Graph', exact: true }).click();

  // On the canvas, that meeting is marked (dashed border), in the tooltip and the legend.
  // The canvas is shown again, resized and redrawn: a pointer that came before it
  // settled may find nothing under it, or lose its tooltip to the camera keeping its
  // centre. As a hand would, it moves off and back until the tooltip shows.
  await expect(async () => {
    const meeting = await pagePositionOf(page, 'lavrov-choe-meeting');
    await page.mouse.move(meeting.x - 40, meeting.y - 40);
    await page.mouse.move(meeting.x, meeting.y);
    await expect(page.getByRole('tooltip')).toHaveText(
      /Lavrov–Choe meeting\s*Meeting · place unknown/,
      { timeout: 1_000 },
    );
  }).toPass();
  const border = await page.getByTestId('graph-canvas').evaluate((container) =>
    (
      container as unknown as {
        _cyreg: { cy: { getElementById: (id: string) => { style: (n: string) => string } } };
      }
    )._cyreg.cy
      .getElementById('lavrov-choe-meeting')
      .style('border-style'),
  );
  expect(border).toBe('dashed');
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText(
    'Dashed border (map): a meeting whose place is unknown',
  );

  // The PNG of the view draws the outline's land under the graph.
  const png = await exportPicture(page, 'Picture of the view (PNG)');
  expect(await shareOfColour(page, png, MAP_INKS.light.land)).toBeGreaterThan(0.05);

  // The SVG export draws the outline under the graph, in graph coordinates.
  const svgFile = await exportPicture(page, 'Vector picture of the whole graph (SVG)');
  const svg = readFileSync(await svgFile.path(), 'utf8');
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

// Synthetic GDELT rows (made up for tests, real CAMEO country codes) imported by
// data:import: the imported states stand at their capitals, and a meeting given
// coordinates stands at them. The meeting is added here, synthetic like the rows.
const IMPORTED_URL = `${E2E_DATA_ORIGIN}/imported-gdelt.json`;

function importedWithMeeting(): Dataset {
  const dataset = JSON.parse(
    readFileSync(new URL('fixtures/datasets/imported-gdelt.json', import.meta.url), 'utf8'),
  ) as Dataset;
  const cited = dataset.relations
    .find((relation) => relation.kind === 'pursues-policy-toward')!
    .citations!.slice(0, 1);
  dataset.entities.push({
    id: 'synthetic-meeting',
    kind: 'meeting',
    name: { en: 'Synthetic test meeting' },
    date: { date: '2024-06-19' },
    place: { en: 'A made-up venue' },
    coordinates: { latitude: -20, longitude: 0 },
    cameo: '04',
    evidence: [],
    citations: cited,
  });
  for (const state of ['russian-federation', 'north-korea'])
    dataset.relations.push({
      id: `${state}-in-synthetic-meeting`,
      kind: 'takes-part-in',
      source: state,
      target: 'synthetic-meeting',
      evidence: [],
      citations: cited,
    });
  return dataset;
}

test('an imported event file on the map, from a link in a fresh browser: states at their capitals, a meeting at its coordinates', async ({
  page,
}) => {
  const body = JSON.stringify(importedWithMeeting());
  await skipPrintDialog(page);
  await page.route(`${E2E_DATA_ORIGIN}/**`, (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  // Network requests other than the app's own and the data origin's fail here.
  await page.goto(
    `/?data=${IMPORTED_URL}&layout=map&compare=2024-06-01..2024-06-18,2024-06-19..2024-06-19&show=table`,
  );
  await expect(page.getByText('synthetic data', { exact: true })).toBeVisible();
  const entities = page.getByTestId('graph-table').locator('table').first();
  const row = (name: string) =>
    entities.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(row('Russian Federation')).toContainText('Moscow, the capital of RUS');
  await expect(row('North Korea')).toContainText('Pyongyang, the capital of PRK');
  await expect(row('United States of America')).toContainText(
    'Washington, D.C., the capital of USA',
  );
  await expect(row('South Korea')).toContainText('Seoul, the capital of KOR');
  // A named actor the rows place in North Korea's military stands beside its state.
  await expect(row('MINISTER ODRAN VELK')).toContainText('beside North Korea');
  await expect(row('Synthetic test meeting')).toContainText(
    '20.00° S, 0.00° E: where the meeting took place',
  );
  // The comparison in the same link: every tie of 19 June is new against the days before
  // (four pairs of states, and the two states' parts in the meeting).
  await expect(page.locator('details.compare-panel .compare-summary')).toHaveText(
    '6 new, 0 ended, 0 changed, 0 kept',
  );

  // The comparison goes out as CSV, one row per tie, each naming the relations behind it.
  const csvFile = await exportPicture(page, 'Comparison of the two periods, tie by tie (CSV)');
  const csv = readFileSync(await csvFile.path(), 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(csv[0]).toMatch(/^\uFEFF?end_1_id,end_1_name,end_2_id,end_2_name,status,/);
  // Six ties, and the official's office, undated: listed apart, in neither period.
  expect(csv).toHaveLength(1 + 6 + 1);
  expect(csv.at(-1)).toMatch(
    /^minister-odran-velk,.*,undated,.*,minister-odran-velk-holds-office-north-korea$/,
  );
  expect(
    csv.find((line) => line.includes('russian-federation') && line.includes('north-korea')),
  ).toMatch(/,new,.*russian-federation-north-korea-040-2024-06-19/);
  // And in the evidence brief.
  await page.getByRole('button', { name: 'Export', exact: true }).press('Escape');
  const brief = await openEvidenceBrief(page);
  await expect(brief).toContainText('6 new, 0 ended, 0 changed, 0 kept');
});

test('on the map, a lens, a focus and the dark theme keep everyone where the map put them', async ({
  page,
}) => {
  await openExplorer(page, '/?layout=map');
  const before = await drawnView(page);
  await openExplorer(page, '/?layout=map&lens=ru-kp-ties&focus=russia');
  await expect(page.getByTestId('map-outline')).toBeVisible();
  await page.getByLabel('Theme').selectOption('dark');
  const after = await drawnView(page);
  // Fewer entities shown, each at the same graph position as without the lens.
  expect(after.nodes.length).toBeLessThan(before.nodes.length);
  for (const id of after.nodes) expect(after.positions[id]).toEqual(before.positions[id]);
  // The outline takes the dark theme's inks.
  await expect(page.getByTestId('map-outline').locator('.map-land')).toHaveAttribute(
    'fill',
    MAP_INKS.dark.land,
  );
});

test('the fictional dataset names no real country: the map draws the outline and says nothing is on it', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld&layout=map');
  await expect(page.getByTestId('map-outline')).toBeVisible();
  await expect(page.getByTestId('map-outline')).toContainText(
    'Not on the map: 10 entities with no country, members or office stated',
  );
});
