import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { drawnView, factValue, openExplorer, statusLine } from './graphPage.ts';

const TIE = 'rollup:north-korea|russia|meeting';
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const entityList = (page: Page) => page.getByRole('navigation', { name: 'Entities' });

/** The id of what the canvas has selected. */
async function selectedOnCanvas(page: Page): Promise<string[]> {
  return page.locator('[data-testid="graph-canvas"]').evaluate((container) => {
    const cy = (
      container as unknown as {
        _cyreg: {
          cy: { $: (s: string) => { map: (f: (e: { id: () => string }) => string) => string[] } };
        };
      }
    )._cyreg.cy;
    return cy.$(':selected').map((e) => e.id());
  });
}

test('rolling officials up draws their meeting as a Russia–North Korea tie, with its evidence', async ({
  page,
  browser,
}) => {
  await openExplorer(page);
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');

  await page.getByRole('checkbox', { name: 'Roll up officials into states' }).check();
  // Two officials fewer; four of their relations become three ties.
  await expect(statusLine(page)).toHaveText('8 entities · 13 relations shown');
  await expect(page).toHaveURL(/[?&]rollup=1(&|$)/);
  // The legend says what the new lines are.
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Rolled-up tie');
  const drawn = await drawnView(page);
  expect(drawn.nodes).not.toContain('sergey-lavrov');
  expect(drawn.nodes).not.toContain('choe-son-hui');
  expect(drawn.edges).toContain(TIE);
  expect(drawn.edges).not.toContain('lavrov-at-meeting');
  await expect(entityList(page).getByRole('button', { name: 'Sergey Lavrov' })).toHaveCount(0);

  // Drill down from Russia to the tie.
  await entityList(page).getByRole('button', { name: 'Russia', exact: true }).click();
  await details(page).getByRole('button', { name: 'North Korea – Russia: meetings' }).click();
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'North Korea – Russia: meetings',
  );
  await expect(page).toHaveURL(/sel=rollup:north-korea\|russia\|meeting/);
  // The graph marks a selection after the panel has painted it.
  await expect.poll(() => selectedOnCanvas(page)).toEqual([TIE]);
  await expect(factValue(panel, 'Counts')).toHaveText('1 meeting');
  await expect(factValue(panel, 'Through')).toContainText(
    'Sergey Lavrov Minister of Foreign Affairs, Russia',
  );
  await expect(factValue(panel, 'Through')).toContainText(
    'Choe Son-hui Minister of Foreign Affairs, North Korea',
  );
  const meetings = panel.getByRole('heading', { level: 3, name: 'Meetings (1)' });
  await expect(meetings).toBeVisible();
  await expect(
    panel.getByRole('button', { name: 'Lavrov–Choe meeting', exact: true }),
  ).toBeVisible();
  // The meeting's own excerpts, verbatim, and those of the offices it goes through.
  await expect(
    panel.getByText('Lavrov ve Choe Son-hui arasındaki görüşme', { exact: false }),
  ).toBeVisible();
  await expect(panel.getByText('Rusya Dışişleri Bakanı Sergey Lavrov').first()).toBeVisible();

  // The link reopens the same rolled-up view with the tie selected.
  const link = page.url();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openExplorer(other, link.slice(link.indexOf('/?')));
  await expect(statusLine(other)).toHaveText('8 entities · 13 relations shown');
  await expect(details(other).getByRole('heading', { level: 2 })).toHaveText(
    'North Korea – Russia: meetings',
  );
  await expect(
    other.getByRole('checkbox', { name: 'Roll up officials into states' }),
  ).toBeChecked();
  await fresh.close();

  // Turning roll-up off draws the officials again and says the tie is not drawn.
  await page.getByRole('checkbox', { name: 'Roll up officials into states' }).uncheck();
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  await expect(details(page).getByRole('note')).toContainText('Roll-up is off');
  expect((await drawnView(page)).edges).not.toContain(TIE);
});

test('reading an excerpt behind a tie opens its article at that excerpt', async ({ page }) => {
  await openExplorer(page, `/?rollup=1&sel=${TIE}`);
  await details(page).getByRole('button', { name: 'Read the article' }).first().click();
  const reader = page.getByRole('dialog');
  await expect(reader).toBeVisible();
  // The excerpt belongs to the meeting: the reader opens it as the meeting's first.
  await expect(page).toHaveURL(/sel=lavrov-choe-meeting&read=1/);
  await expect(reader.locator('mark').first()).toContainText('Sergey');
});

test('on the fictional dataset a meeting reaches the bloc that names Norland a member', async ({
  page,
}) => {
  await openExplorer(page, '/?data=fictional-veld&rollup=1');
  await expect(statusLine(page)).toHaveText('7 entities · 13 relations shown');
  await entityList(page).getByRole('button', { name: 'Northern Compact' }).click();
  await details(page).getByRole('button', { name: 'Northern Compact – Tesk: meetings' }).click();
  await expect(factValue(details(page), 'Named members')).toHaveText(
    'Norland member of Northern Compact',
  );
});

test('a rolled-up official says where they are drawn, and brings the officials back', async ({
  page,
}) => {
  await openExplorer(page, `/?rollup=1&sel=${TIE}`);
  await factValue(details(page), 'Through').getByRole('button', { name: 'Sergey Lavrov' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Sergey Lavrov');
  await expect(details(page).getByRole('note')).toHaveText(
    /Drawn as the state or bloc of their office/,
  );
  await details(page).getByRole('button', { name: 'Show officials' }).click();
  await expect(statusLine(page)).toHaveText('10 entities · 14 relations shown');
  await expect(page).not.toHaveURL(/rollup=/);
});

test('with roll-up on, the table lists the ties the graph draws, and selects them', async ({
  page,
}) => {
  await page.goto('/?rollup=1&show=table');
  const ties = page.getByRole('table', { name: /^Rolled-up ties shown \(\d+\)$/ });
  await expect(ties).toBeVisible();
  await ties
    .getByRole('button', { name: /Russia.*North Korea|North Korea.*Russia/ })
    .first()
    .click();
  await expect(page).toHaveURL(/sel=rollup/);
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('meetings');
});

test('roll-up counts only the meetings the graph shows joined to their participants', async ({
  page,
}) => {
  const fictional = '/?data=fictional-veld&rollup=1&show=table';
  const meetingTie = page
    .getByRole('table', { name: /^Rolled-up ties shown/ })
    .getByRole('button', { name: 'Norland – Tesk: meetings' });
  const entities = page.getByRole('table', { name: /^Entities shown/ });
  // The Port Alder meeting is dated 3 March 2031: a period holding it keeps the tie.
  await page.goto(`${fictional}&from=2031-03&to=2031-03`);
  await expect(meetingTie).toBeVisible();
  await page.goto(`${fictional}&from=2031-04&to=2031-04`);
  await expect(entities).toBeVisible();
  await expect(meetingTie).toHaveCount(0);
  // Without takes-part-in among the relation kinds the graph shows the meeting alone,
  // and the roll-up draws no meeting between Norland and Tesk either.
  await page.goto(`${fictional}&rels=holds-office,cooperates-with`);
  await expect(entities.getByRole('row').filter({ hasText: 'Port Alder meeting' })).toHaveCount(1);
  await expect(meetingTie).toHaveCount(0);
});
