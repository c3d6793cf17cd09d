import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { openExplorer, statusLine } from './graphPage.ts';
import { SPEEDS } from '../src/features/timeline/usePlayThrough.ts';

// The fictional dataset dates three items: the Port Alder meeting and the water accord
// on 3 March 2031, and a warning dated only to April 2031. Its bars are months.
const FICTIONAL = '/?data=fictional-veld';
const WHOLE = '10 entities · 14 relations shown';
// With a period chosen, undated interactions are hidden; offices and memberships stay
// (nothing says they ended), and the participations follow the meeting's date: in
// March the meeting keeps its two participants and its subject, in April it is gone.
const MARCH = '10 entities · 9 relations shown';
const APRIL = '9 entities · 6 relations shown';

// Eleven hours behind UTC: a date formatted in local time would show 1 March as
// 28 February, so every label below also checks that the timeline works in UTC.
test.use({ timezoneId: 'Pacific/Pago_Pago' });

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const params = (page: Page) => new URL(page.url()).searchParams;

/** Drags across the brush from one fraction of its width to another. */
async function dragAcross(page: Page, from: number, to: number) {
  const box = (await timeline(page).getByRole('group', { name: 'Period' }).boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 3 });
  await page.mouse.move(box.x + box.width * to, y, { steps: 3 });
  await page.mouse.up();
}

test('the seed article gives no dates, and the timeline says so instead of drawing an axis', async ({
  page,
}) => {
  await openExplorer(page);
  await expect(timeline(page)).toContainText('No dated meetings or relations in this dataset');
  await expect(timeline(page).getByRole('slider')).toHaveCount(0);
});

test('the fictional dataset has a bar per month with its meetings and relations', async ({
  page,
}) => {
  await openExplorer(page, FICTIONAL);
  await expect(timeline(page)).toHaveAccessibleName('Timeline (per month)');
  const bars = timeline(page).getByRole('list', { name: 'Meetings and relations per bar' });
  await expect(bars.getByRole('listitem')).toHaveText([
    'March 2031: 1 meeting, 1 relation',
    'April 2031: 0 meetings, 1 relation',
  ]);
  await expect(timeline(page)).toContainText(
    '3 meetings and relations from March 2031 to April 2031',
  );
  // The March bar stacks two items, the April bar one: twice as tall.
  const heights = await timeline(page)
    .locator('svg g')
    .evaluateAll((groups) => groups.map((g) => Math.round(g.getBoundingClientRect().height)));
  expect(heights).toHaveLength(2);
  expect(heights[0]).toBe(2 * heights[1]!);
});

test('brushing by mouse sets the period in the URL and the date inputs, and filters the graph', async ({
  page,
}) => {
  await openExplorer(page, FICTIONAL);
  await expect(statusLine(page)).toHaveText(WHOLE);

  await dragAcross(page, 0.6, 0.9);
  await expect.poll(() => params(page).get('from')).toBe('2031-04');
  expect(params(page).get('to')).toBe('2031-04');
  await expect(statusLine(page)).toHaveText(APRIL);
  await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue('2031-04');
  await expect(timeline(page)).toContainText('showing April 2031 – April 2031');

  // Dragging the period moves it, keeping its width.
  await dragAcross(page, 0.75, 0.25);
  await expect.poll(() => params(page).get('from')).toBe('2031-03');
  expect(params(page).get('to')).toBe('2031-03');
  await expect(statusLine(page)).toHaveText(MARCH);

  // Dragging the end edge widens the period; the start stays.
  const end = timeline(page).getByRole('slider', { name: 'End of period' });
  const edge = (await end.boundingBox())!;
  const plot = (await timeline(page).getByRole('group', { name: 'Period' }).boundingBox())!;
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
  await page.mouse.down();
  await page.mouse.move(plot.x + plot.width * 0.9, edge.y + edge.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => params(page).get('to')).toBe('2031-04');
  expect(params(page).get('from')).toBe('2031-03');

  // A date typed in the filters moves the brush too.
  const to = page.getByRole('textbox', { name: 'To' });
  await to.fill('2031-03-20');
  await to.press('Enter');
  await expect(end).toHaveAttribute('aria-valuetext', 'March 2031');

  await timeline(page).getByRole('button', { name: 'Clear period' }).click();
  await expect.poll(() => params(page).has('from')).toBe(false);
  await expect(statusLine(page)).toHaveText(WHOLE);
});

test('a brushed period containing a meeting keeps its participants joined to it', async ({
  page,
}) => {
  await page.goto(`${FICTIONAL}&show=table`);
  const relations = page.getByRole('table', { name: /^Relations shown/ });
  const participation = (name: string) =>
    relations
      .getByRole('row')
      .filter({ hasText: name })
      .filter({ hasText: 'takes part in' })
      .filter({ hasText: 'Port Alder meeting' });
  await expect(participation('Arvel Quint')).toHaveCount(1);

  // March 2031 holds the Port Alder meeting (3 March): both participations stay.
  await dragAcross(page, 0.1, 0.4);
  await expect.poll(() => params(page).get('from')).toBe('2031-03');
  expect(params(page).get('to')).toBe('2031-03');
  await expect(statusLine(page)).toHaveText(MARCH);
  await expect(participation('Arvel Quint')).toHaveCount(1);
  await expect(participation('Mira Dosan')).toHaveCount(1);
  const meeting = page
    .getByRole('table', { name: /^Entities shown/ })
    .getByRole('row')
    .filter({ hasText: 'Port Alder meeting' });
  // Its two participants and the accord it concerns.
  await expect(meeting.getByRole('cell').last()).toHaveText('3');

  // April 2031 does not: the meeting goes, and its participations with it.
  await dragAcross(page, 0.6, 0.9);
  await expect.poll(() => params(page).get('from')).toBe('2031-04');
  await expect(statusLine(page)).toHaveText(APRIL);
  await expect(meeting).toHaveCount(0);
  await expect(participation('Arvel Quint')).toHaveCount(0);
});

test('the brush edges are sliders for the keyboard', async ({ page }) => {
  await openExplorer(page, FICTIONAL);
  const end = timeline(page).getByRole('slider', { name: 'End of period' });
  const start = timeline(page).getByRole('slider', { name: 'Start of period' });
  await expect(end).toHaveAttribute('aria-valuetext', 'April 2031');

  await end.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(end).toHaveAttribute('aria-valuetext', 'March 2031');
  await expect.poll(() => params(page).get('to')).toBe('2031-03');
  expect(params(page).has('from')).toBe(false);
  await expect(statusLine(page)).toHaveText(MARCH);

  // The start cannot pass the end; Shift+arrows move by more, up to the end.
  await start.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(start).toHaveAttribute('aria-valuetext', 'March 2031');
  await end.focus();
  await page.keyboard.press('End');
  await start.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => params(page).get('from')).toBe('2031-04');
  await expect(statusLine(page)).toHaveText(APRIL);

  await page.keyboard.press('Escape');
  await expect.poll(() => params(page).has('to')).toBe(false);
  expect(params(page).has('from')).toBe(false);
  await expect(statusLine(page)).toHaveText(WHOLE);
});

test('play steps through the months, ends on the last, and adds one history entry', async ({
  page,
}) => {
  await openExplorer(page, FICTIONAL);
  const historyBefore = await page.evaluate(() => history.length);
  await timeline(page).getByRole('combobox', { name: 'Speed' }).selectOption('slow');
  await timeline(page).getByRole('button', { name: 'Play' }).click();
  await expect(timeline(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  // Slow is a step every 2 s, and March is two steps in: the default 5 s left a busy
  // machine (the full suite beside a build) too little room.
  const step = { timeout: 4 * SPEEDS.slow };
  await expect(statusLine(page)).toHaveText(MARCH, step);
  await expect(statusLine(page)).toHaveText(APRIL, step);
  await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible();
  await expect.poll(() => params(page).get('from')).toBe('2031-04');
  expect(params(page).get('to')).toBe('2031-04');
  expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
});

test('play starts slow for someone who asked for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openExplorer(page, FICTIONAL);
  await expect(timeline(page).getByRole('combobox', { name: 'Speed' })).toHaveValue('slow');
});

test('a reloaded link restores the brushed period', async ({ page }) => {
  await openExplorer(page, FICTIONAL);
  await dragAcross(page, 0.6, 0.9);
  await expect.poll(() => params(page).get('from')).toBe('2031-04');
  await page.reload();
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  await expect(statusLine(page)).toHaveText(APRIL);
  await expect(timeline(page).getByRole('slider', { name: 'Start of period' })).toHaveAttribute(
    'aria-valuetext',
    'April 2031',
  );
  await expect(timeline(page)).toContainText('showing April 2031 – April 2031');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the timeline with a chosen period has no WCAG AA violations in the ${theme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openExplorer(page, `${FICTIONAL}&from=2031-04&to=2031-04`);
    const { violations, passes } = await new AxeBuilder({ page })
      .include('section.timeline')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(passes.map((rule) => rule.id)).toContain('color-contrast');
    const found = violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    );
    expect(found).toEqual([]);
  });
}
