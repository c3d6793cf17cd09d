import AxeBuilder from '@axe-core/playwright';
import { openEvidenceBrief, openExplorer, skipPrintDialog, statusLine } from './graphPage.ts';
import { expect, test } from './test.ts';

// The synthetic fictional-veld grades its fictional outlets on the Admiralty scale:
// the Norland Ledger B (usually reliable), the Tesk Günlüğü C, the wire not at all;
// the accord's first excerpt is graded 2 (probably true).
const ACCORD = '/?data=fictional-veld&sel=norland-tesk-water-accord';

test('an excerpt shows its Admiralty grade beside its source, and the brief carries it', async ({
  page,
}) => {
  await skipPrintDialog(page);
  await openExplorer(page, ACCORD);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toContainText(
    'Graded B2 (Admiralty): B — usually reliable · 2 — probably true',
  );
  await expect(details).toContainText('Graded C– (Admiralty): C — fairly reliable');
  const brief = await openEvidenceBrief(page);
  await expect(brief).toContainText('Graded B2 (Admiralty)');
});

test('“B or better” keeps what rests on a B-graded source, in the link and in a fresh browser', async ({
  page,
  browser,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  const all = await statusLine(page).textContent();
  const filter = page.getByLabel('Only items resting on an article graded');
  await filter.selectOption('B');
  await expect(page).toHaveURL(/[?&]rel=B(&|$)/);
  await expect(statusLine(page)).not.toHaveText(all!);
  const filtered = await statusLine(page).textContent();
  const results = await new AxeBuilder({ page })
    .include('.facet-group')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openExplorer(other, new URL(page.url()).pathname + new URL(page.url()).search);
  await expect(statusLine(other)).toHaveText(filtered!);
  await expect(other.getByLabel('Only items resting on an article graded')).toHaveValue('B');
  await fresh.close();
});
