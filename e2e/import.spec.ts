import { fileURLToPath } from 'node:url';
import { expect, test } from './test.ts';
import { openExplorer, statusLine } from './graphPage.ts';

// Hand-written synthetic fixtures (fictional names), shared with the unit tests.
const fixture = (name: string) =>
  fileURLToPath(new URL(`../src/domain/import/graphFiles/fixtures/${name}`, import.meta.url));

test('imports a GEXF file: a preview with the failing rows, then the graph, each item cited', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a graph file' });
  await dialog.getByLabel('Files to import').setInputFiles(fixture('veld.gexf'));
  await expect(dialog.getByText('Format: GEXF')).toBeVisible();
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

test('maps the columns of a TSV edge table named otherwise, and refuses a file with entities', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a graph file' });
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
