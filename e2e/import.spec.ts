import { mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GDELT2_EVENT_COLUMNS } from '../src/domain/import/gdelt/gdeltColumns.ts';
import { expect, test } from './test.ts';
import { drawnView, dropFile, openExplorer, statusLine } from './graphPage.ts';

// Hand-written synthetic fixtures (fictional names), shared with the unit tests.
const fixture = (name: string) =>
  fileURLToPath(new URL(`../src/domain/import/graphFiles/fixtures/${name}`, import.meta.url));
// Synthetic event rows: GDELT's columns with real CAMEO codes, invented events and
// example.org URLs; ACLED's columns with fictional actors (src/domain/import/fixtures).
const eventFixture = (name: string) =>
  fileURLToPath(new URL(`../src/domain/import/fixtures/${name}`, import.meta.url));

test('imports GDELT events with their mentions: the graph, and a relation’s citations leading to the source', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import event data or a graph file' });
  await dialog
    .getByLabel('Files to import')
    .setInputFiles([
      eventFixture('gdelt-20240619.export.CSV'),
      eventFixture('gdelt-20240619.mentions.CSV'),
    ]);
  await expect(dialog.getByText('Format: GDELT')).toBeVisible();
  // Coded events give their kinds: no defaults to choose.
  await expect(dialog.getByRole('group', { name: 'Where the file gives no kind' })).toHaveCount(0);
  await expect(dialog.getByRole('status')).toHaveText(
    '14 rows read, 11 imported: 5 entities, 7 relations, 9 cited files.',
  );
  // Two files read: each row left out is named with its file.
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'gdelt-20240619.mentions.CSV, row 5:' }),
  ).toContainText('mention of an event not in the events files');
  await dialog.getByRole('button', { name: 'Open as dataset' }).click();
  await expect(dialog).toBeHidden();
  await expect(statusLine(page)).toHaveText('5 entities · 7 relations shown');

  // A relation's details cite the articles GDELT coded it from, and link to them.
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Russian Federation' })
    .click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await details
    .getByRole('button', { name: /Russian Federation .*North Korea/ })
    .first()
    .click();
  await expect(details).toContainText('Cited, no excerpt: open the source');
  await expect(
    details.getByRole('link', { name: /example\.org\/news\/2024\/06\/19\/talks/ }).first(),
  ).toHaveAttribute('href', 'https://example.org/news/2024/06/19/talks');
  await expect(details).toContainText('sentence 3');

  // A named actor of a state institution (PRKMIL) is an official of that state, kept
  // apart from it, with the row's own codes; RUSGOV named "RUSSIA" stayed the state.
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'MINISTER ODRAN VELK' })
    .click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('MINISTER ODRAN VELK');
  await expect(details).toContainText('Military (CAMEO MIL) of North Korea');
  const attributes = details.locator('dl.attributes');
  await expect(attributes).toContainText('CAMEO actor code');
  await expect(attributes).toContainText('PRKMIL');
});

test('imports an ACLED export: named actors as groups, ACLED’s event cited with its own summary', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import event data or a graph file' });
  await dialog.getByLabel('Files to import').setInputFiles(eventFixture('acled-synthetic.csv'));
  await expect(dialog.getByText('Format: ACLED')).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(
    '7 rows read, 4 imported: 5 entities, 3 relations, 4 cited files.',
  );
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Row 7:' })).toContainText(
    'wrong number of columns',
  );
  await dialog.getByRole('button', { name: 'Open as dataset' }).click();
  await expect(statusLine(page)).toHaveText('5 entities · 3 relations shown');
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Belmar Liberation Front' })
    .click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await details
    .getByRole('button', { name: /Military Forces of Arden/ })
    .first()
    .click();
  // Coded events are asserted by their coders: no hedge. ACLED counts events, not mentions.
  await expect(details.getByText('Hedged', { exact: true })).toHaveCount(0);
  await expect(details).toContainText('2 events');
  await expect(details).not.toContainText('mentions');
  await expect(details).toContainText('Identifier: ACLED event VEL1001');
  await expect(details).toContainText(
    'The source’s own description (not the article’s text)'.replaceAll('’', "'"),
  );
  await expect(details).toContainText('On 2 March 2031, military forces of Arden clashed');
});

test('imports a GEXF file: a preview with the failing rows, then the graph, each item cited', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import event data or a graph file' });
  await dialog.getByLabel('Files to import').setInputFiles(fixture('veld.gexf'));
  await expect(dialog.getByText('Format: GEXF')).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Where the file gives no kind' })).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(
    '7 rows read, 5 imported: 3 entities, 2 relations, 1 cited files.',
  );
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Row 4:' })).toContainText(
    'the id "n2" is used by node element 2',
  );
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Row 3:' })).toContainText(
    'the target "n9" is not a node of the file',
  );
  await expect(dialog.getByRole('listitem').filter({ hasText: /^Ilka Varn · / })).toContainText(
    'row 3',
  );
  await dialog.getByRole('button', { name: 'Open as dataset' }).click();
  await expect(dialog).toBeHidden();
  await expect(statusLine(page)).toHaveText('3 entities · 2 relations shown');
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('file');
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Norland' })
    .click();
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Norland');
});

// GraphML (fictional names): node positions are kept, and a column the format has no
// field for ("founded") is kept as an attribute and shown with the entity.
test('imports a GraphML file with its positions, its other columns shown as attributes', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import event data or a graph file' });
  await dialog.getByLabel('Files to import').setInputFiles(fixture('veld.graphml'));
  await expect(dialog.getByText('Format: GraphML')).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(
    '5 rows read, 5 imported: 3 entities, 2 relations, 1 cited files.',
  );
  await dialog.getByRole('button', { name: 'Open as dataset' }).click();
  await expect(statusLine(page)).toHaveText('3 entities · 2 relations shown');
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  const { positions } = await drawnView(page);
  expect(positions.norland).toEqual([10, 20]);
  expect(positions.ostmark).toEqual([0, -40]);
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Norland' })
    .click();
  const attributes = page.getByRole('complementary', { name: 'Details' }).locator('dl.attributes');
  await expect(attributes).toContainText('founded');
  await expect(attributes).toContainText('1820');
});

test('maps the columns of a TSV edge table named otherwise, and refuses a file with entities', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import event data or a graph file' });
  await dialog.getByLabel('Files to import').setInputFiles(fixture('veld-edges-renamed.tsv'));
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'no column is mapped to' }),
  ).toHaveCount(2);
  await expect(dialog.getByRole('button', { name: 'Open as dataset' })).toBeDisabled();
  await dialog.getByLabel('Source', { exact: true }).selectOption('from_actor');
  await dialog.getByLabel('Target', { exact: true }).selectOption('to_actor');
  await dialog.getByLabel('Kind', { exact: true }).selectOption('tie');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    '3 rows read, 3 imported: 3 entities, 3 relations, 1 cited files.',
  );
  await dialog.getByLabel('Files to import').setInputFiles(fixture('entities.gexf'));
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'declares XML entities' }),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Open as dataset' })).toBeDisabled();
  await dialog.getByLabel('Files to import').setInputFiles(fixture('veld-edges-renamed.tsv'));
  await dialog.getByLabel('Source', { exact: true }).selectOption('from_actor');
  await dialog.getByLabel('Target', { exact: true }).selectOption('to_actor');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await dialog.getByRole('button', { name: 'Open as dataset' }).click();
  await expect(statusLine(page)).toHaveText('3 entities · 3 relations shown');
});

test('a file that is not UTF-8, or of no format it reads, is named and nothing is lost', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  const before = await statusLine(page).textContent();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import event data or a graph file' });
  await dialog.getByLabel('Files to import').setInputFiles({
    name: 'latin1.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x49, 0x64, 0x2c, 0xff, 0x0a]),
  });
  await expect(dialog.getByRole('alert')).toHaveText('“latin1.csv” is not UTF-8 text.');
  await dialog.getByLabel('Files to import').setInputFiles({
    name: 'dataset.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"formatVersion": 1}'),
  });
  await expect(dialog.getByRole('alert')).toContainText(
    '“dataset.json” is not a format Diplograph imports (GDELT, ACLED or ICEWS',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(statusLine(page)).toHaveText(before!);
});

// A file over 1 GB is refused before it is read, with the command that imports it.
// The file is sparse (its header row, then a hole): 1.1 GB on paper, nothing on disk,
// and the browser is given its path, not its bytes.
test('a file over 1 GB is refused with the command line to use instead, nothing lost', async ({
  page,
}, testInfo) => {
  const big = testInfo.outputPath('big-day.export.CSV');
  mkdirSync(dirname(big), { recursive: true });
  writeFileSync(big, `${GDELT2_EVENT_COLUMNS.join('\t')}\n`);
  truncateSync(big, 1100 * 1024 * 1024);
  await openExplorer(page, '/?data=fictional-veld');
  const before = await statusLine(page).textContent();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import event data or a graph file' });
  await dialog.getByLabel('Files to import').setInputFiles(big);
  await expect(dialog.getByRole('alert')).toHaveText(
    '“big-day.export.CSV” is larger than 1 GB, the most the browser imports. Import it with the command line instead: npm run data:import -- --format gdelt big-day.export.CSV --out dataset.json',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(statusLine(page)).toHaveText(before!);
  rmSync(big);
});

// ICEWS rows (real country names and CAMEO codes, invented events, people and outlets),
// dropped on the page: the format is known by its columns, and a named official is
// kept apart from its state, tied to it as the row's sectors say.
test('an ICEWS file dropped on the page imports, its named officials holding office in their states', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  const text = readFileSync(eventFixture('icews-synthetic.tab'), 'utf8');
  await dropFile(page, 'events.2031.tab', text, 'text/tab-separated-values');
  const dialog = page.getByRole('dialog', { name: 'Import event data or a graph file' });
  await expect(dialog.getByText('Format: ICEWS')).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(
    '8 rows read, 6 imported: 6 entities, 7 relations, 6 cited files.',
  );
  await dialog.getByRole('button', { name: 'Open as dataset' }).click();
  await expect(statusLine(page)).toHaveText('6 entities · 7 relations shown');
  await page
    .getByRole('navigation', { name: 'Entities' })
    .getByRole('button', { name: 'Envoy Tomas Brell' })
    .click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toContainText('Government (ICEWS sectors) of United States of America');
  await expect(details.locator('dl.attributes')).toContainText('ICEWS sectors');
  await expect(details).toContainText('Identifier: ICEWS story 5550004');
});
