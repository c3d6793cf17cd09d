import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { E2E_DATA_ORIGIN } from './dataOrigin.ts';
import { edgeLabel, openExplorer } from './graphPage.ts';

// Fictional-veld dates the Port Alder meeting and the water accord in March 2031,
// and a warning in April 2031: from March to April the warning is new, and the
// accord and the meeting's participations and subject end.
const FICTIONAL = '/?data=fictional-veld';
// Synthetic test data, fictional states: Arden and Belmar talk in January, Belmar
// threatens Arden in February, they talk again in March; Arden aids Corvin in
// January; Belmar and Corvin talk in March; Belmar's criticism of Corvin is undated.
const SYNTHETIC_URL = `${E2E_DATA_ORIGIN}/synthetic-dated.json`;
const SYNTHETIC_FILE = fileURLToPath(
  new URL('fixtures/datasets/synthetic-dated.json', import.meta.url),
);

const panel = (page: Page) => page.locator('details.compare-panel');
const summary = (page: Page) => panel(page).locator('.compare-summary');
const params = (page: Page) => new URL(page.url()).searchParams;

async function serveSynthetic(page: Page) {
  await page.route(`${E2E_DATA_ORIGIN}/**`, (route) =>
    route.fulfill({ path: SYNTHETIC_FILE, contentType: 'application/json' }),
  );
}

async function typePeriod(page: Page, name: 'Period A' | 'Period B', from: string, to: string) {
  const group = panel(page).getByRole('group', { name });
  await group.getByRole('textbox', { name: 'From' }).fill(from);
  await group.getByRole('textbox', { name: 'To' }).fill(to);
}

test('comparing March with April on the fictional dataset lists what is new and what ended, with evidence from both sides', async ({
  page,
}) => {
  await openExplorer(page, FICTIONAL);
  await panel(page).getByText('Compare periods').click();
  await typePeriod(page, 'Period A', '2031-03', '2031-03');
  await typePeriod(page, 'Period B', '2031-04', '2031-04');
  await panel(page).getByRole('button', { name: 'Compare', exact: true }).click();

  await expect.poll(() => params(page).get('compare')).toBe('2031-03..2031-03,2031-04..2031-04');
  await expect(summary(page)).toHaveText('1 new, 4 ended, 0 changed, 0 kept');
  const fresh = panel(page).getByRole('region', { name: 'New in B (1)' });
  await expect(fresh.getByRole('heading', { level: 4 })).toHaveText(['Halvard Ens — Tesk']);
  await expect(fresh).toContainText('A: 0 · B: 1');
  await expect(
    fresh.getByRole('button', { name: 'Halvard Ens is in tension with Tesk' }),
  ).toBeVisible();
  // The graph marks each relation by its tie, in words as well as markers.
  await expect.poll(() => edgeLabel(page, 'ens-warns-tesk')).toBe('new');
  await expect.poll(() => edgeLabel(page, 'norland-tesk-water-accord')).toBe('ended');
  // Undated relations are listed apart, never put in a period.
  await expect(panel(page)).toContainText('have no date and are not put in either period');

  // Stopping takes the comparison out of the link and the marks off the graph.
  await panel(page).getByRole('button', { name: 'Stop comparing' }).click();
  await expect.poll(() => params(page).get('compare')).toBeNull();
  await expect.poll(() => edgeLabel(page, 'ens-warns-tesk')).not.toBe('new');
});

test('a period can be taken from the timeline’s brush', async ({ page }) => {
  await openExplorer(page, `${FICTIONAL}&from=2031-04&to=2031-04`);
  await panel(page).getByText('Compare periods').click();
  await panel(page)
    .getByRole('group', { name: 'Period B' })
    .getByRole('button', { name: "Take the timeline's period" })
    .click();
  await expect(
    panel(page).getByRole('group', { name: 'Period B' }).getByRole('textbox', { name: 'From' }),
  ).toHaveValue('2031-04');
  await typePeriod(page, 'Period A', '2031', '2031-03');
  await panel(page).getByRole('button', { name: 'Compare', exact: true }).click();
  await expect.poll(() => params(page).get('compare')).toBe('2031..2031-03,2031-04..2031-04');
});

test('periods that cannot be read are named, and the comparison shown stays', async ({ page }) => {
  await openExplorer(page, `${FICTIONAL}&compare=2031-03..2031-03,2031-04..2031-04`);
  await typePeriod(page, 'Period A', '2031-05', '2031-02');
  await panel(page).getByRole('button', { name: 'Update comparison' }).click();
  await expect(panel(page).getByRole('alert')).toContainText('the start not after the end');
  expect(params(page).get('compare')).toBe('2031-03..2031-03,2031-04..2031-04');
  await expect(summary(page)).toHaveText('1 new, 4 ended, 0 changed, 0 kept');
});

test('a compare link on a synthetic dated set reopens the same comparison in a fresh browser', async ({
  page,
  browser,
}) => {
  await serveSynthetic(page);
  const link = `/?data=${SYNTHETIC_URL}&compare=2030-01..2030-01,2030-02..2030-02&delta=0`;
  await openExplorer(page, link);
  await expect(summary(page)).toHaveText('0 new, 1 ended, 1 changed, 0 kept');
  const changed = panel(page).getByRole('region', { name: 'Changed (1)' });
  await expect(changed).toContainText('Arden — Belmar');
  await expect(changed).toContainText('What changed: stance, QuadClass');

  // A fresh browser context: no storage, nothing but the link.
  const context = await browser.newContext();
  const other = await context.newPage();
  await serveSynthetic(other);
  await openExplorer(other, new URL(page.url()).pathname + new URL(page.url()).search);
  await expect(summary(other)).toHaveText('0 new, 1 ended, 1 changed, 0 kept');
  await expect(
    panel(other).getByRole('group', { name: 'Period B' }).getByRole('textbox', { name: 'From' }),
  ).toHaveValue('2030-02');
  await context.close();
});

test('a tie that flips and flips back is kept between the ends, and the legend passes axe', async ({
  page,
}) => {
  await serveSynthetic(page);
  await openExplorer(page, `/?data=${SYNTHETIC_URL}&compare=2030-01..2030-01,2030-03..2030-03`);
  await expect(summary(page)).toHaveText('1 new, 1 ended, 0 changed, 1 kept');
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText(
    'New in B (filled diamond, “new”)',
  );
  const results = await new AxeBuilder({ page })
    .include('.legend')
    .include('.compare-panel')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
});

test('rolled up, the ties between states carry the marks of the relations behind them', async ({
  page,
}) => {
  await openExplorer(page, `${FICTIONAL}&rollup=1&compare=2031-03..2031-03,2031-04..2031-04`);
  await expect(summary(page)).toHaveText('1 new, 4 ended, 0 changed, 0 kept');
  const rolled = await page.getByTestId('graph-canvas').evaluate((container) => {
    interface Edge {
      id: () => string;
      style: (name: string) => string;
    }
    const cy = (
      container as unknown as {
        _cyreg: { cy: { edges: (s: string) => { map: <T>(f: (e: Edge) => T) => T[] } } };
      }
    )._cyreg.cy;
    return cy.edges('.rolled').map((edge) => ({
      id: edge.id(),
      label: edge.style('label'),
      marker: edge.style('mid-target-arrow-shape'),
    }));
  });
  // The Port Alder meeting was in March: its tie between the states ended, and says
  // so by its marker and its word, with what it counts.
  const meetingTies = rolled.filter((tie) => tie.id.endsWith('|meeting'));
  expect(meetingTies.length).toBeGreaterThan(0);
  for (const tie of meetingTies) {
    expect(tie.label).toMatch(/^ended · \d+ meetings?$/);
    expect(tie.marker).toBe('square');
  }
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText(
    'A rolled-up tie takes the mark its relations share',
  );
});
