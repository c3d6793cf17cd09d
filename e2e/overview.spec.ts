import { expect, test } from './test.ts';
import type { Page } from '@playwright/test';
import { withPositions } from '../scripts/layoutDataset.ts';
import { generateSyntheticDataset } from '../scripts/synth/generateSyntheticDataset.ts';
import type { Dataset } from '../src/domain/dataset/datasetSchema.ts';
import { bundledDataset } from '../src/testSupport/bundledDataset.ts';
import { OPEN_WHOLE_MAX } from '../src/domain/overview/groupGraph.ts';
import { TIES_PER_GROUP } from '../src/domain/overview/strongestTies.ts';
import { drawnView, elementData, openGroupHubs, pagePositionOf } from './graphPage.ts';

// 5,000 fictional entities (synthetic, labelled so), with the positions and
// communities data:layout stores, served by the test itself.
const synthetic = withPositions(generateSyntheticDataset(5000, 11));
const communities = synthetic.communities!;
const URL_PATH = '/synthetic-5000.json';
const LARGE_LOAD_MS = 60_000;
const isGroup = (id: string) => id.startsWith('group:');

test.describe.configure({ timeout: 120_000 });

async function openOverview(page: Page, query = '') {
  await page.route(
    (url) => url.pathname === URL_PATH,
    (route) => route.fulfill({ json: synthetic }),
  );
  await page.goto(`/?data=${URL_PATH}${query}`);
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible({
    timeout: LARGE_LOAD_MS,
  });
}

/** The ids of the ties between communities, from the relations (all are visible). */
function tiesBetweenGroups(): Set<string> {
  const ties = new Set<string>();
  for (const { source, target } of synthetic.relations) {
    const [a, b] = [`group:c${communities[source]}`, `group:c${communities[target]}`].sort();
    if (a !== b) ties.add(`grouptie:${a}|${b}`);
  }
  return ties;
}

const membersOf = (key: string) =>
  Object.entries(communities)
    .filter(([, c]) => `c${c}` === key)
    .map(([id]) => id);

test('a large dataset shows its groups first, and a group opens in place and closes', async ({
  page,
}) => {
  await openOverview(page);
  const bar = page.getByRole('group', { name: 'Overview of groups' });
  const groups = new Set(Object.values(communities)).size;
  await expect(bar).toContainText(`${groups} groups, 0 open`);
  await expect(bar.getByRole('combobox', { name: 'Group by' })).toHaveValue('community');
  // No state of the fictional world has a country code: no grouping by continent.
  await expect(bar.getByRole('combobox', { name: 'Group by' }).locator('option')).toHaveText([
    'State',
    'Kind',
    'Community',
  ]);
  await expect(page.getByText('Groups: a circle stands for the entities of a group')).toBeVisible();
  let view = await drawnView(page);
  expect(view.nodes).toHaveLength(groups);
  expect(view.nodes.every(isGroup)).toBe(true);
  // Each group's strongest ties are drawn, the bar says how many of all, and the
  // rest can be drawn too (and shared).
  const allTies = tiesBetweenGroups();
  const shown = view.edges.length;
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(allTies.size / 2);
  await expect(bar).toContainText(
    `${shown} of ${allTies.size} ties between groups: each group’s ${TIES_PER_GROUP} strongest`,
  );
  const everyTie = bar.getByRole('button', { name: 'Draw every tie' });
  await expect(everyTie).toHaveAttribute('aria-pressed', 'false');
  await everyTie.click();
  await expect(page).toHaveURL(/[?&]ties=all(&|$)/);
  await expect(everyTie).toHaveAttribute('aria-pressed', 'true');
  await expect(bar).toContainText(`${allTies.size} ties between groups, all drawn`);
  await expect.poll(async () => (await drawnView(page)).edges.sort()).toEqual([...allTies].sort());
  await everyTie.click();
  await expect(page).not.toHaveURL(/ties=/);
  await expect.poll(async () => (await drawnView(page)).edges.length).toBe(shown);
  view = await drawnView(page);

  // A filter recounts the groups and moves none of them: hiding officials shrinks
  // the largest group, and each group stays where it was.
  const officials = page
    .getByRole('group', { name: 'Entity kinds' })
    .getByRole('checkbox', { name: /^Official/ });
  const kindOf = new Map(synthetic.entities.map((e) => [e.id, e.kind]));
  const membersDrawn = (id: string) => elementData(page, id, 'members');
  await officials.uncheck();
  await expect(page).toHaveURL(/[?&]kinds=/);
  await expect
    .poll(() => membersDrawn('group:c2'))
    .toBe(membersOf('c2').filter((id) => kindOf.get(id) !== 'official').length);
  const filtered = await drawnView(page);
  expect(filtered.nodes.length).toBeGreaterThan(0);
  for (const id of filtered.nodes) expect(filtered.positions[id]).toEqual(view.positions[id]);
  await officials.check();
  await expect(page).not.toHaveURL(/[?&]kinds=/);
  await expect.poll(() => membersDrawn('group:c2')).toBe(membersOf('c2').length);

  // A click on a group opens it: its members are drawn, the other groups stay closed.
  const place = view.positions['group:c2']!;
  const at = await pagePositionOf(page, 'group:c2');
  await page.mouse.click(at.x, at.y);
  await expect(page).toHaveURL(/[?&]open=c2(&|$)/);
  await expect(bar).toContainText(`${groups} groups, 1 open`);
  await expect
    .poll(async () => (await drawnView(page)).nodes.filter((id) => !isGroup(id)).length)
    .toBe(membersOf('c2').length);
  const tiesBefore = view.edges;
  view = await drawnView(page);
  expect(view.nodes).toContain('group:c1');
  // The group opened in place: its members gather around its hub, which stays where
  // the group was and keeps its ties to the closed groups: the lines drawn before,
  // and every other tie of the group, since what is opened is shown whole.
  expect(view.positions['group:c2']).toEqual(place);
  const disc = 40 * Math.sqrt(membersOf('c2').length) + 2;
  for (const member of membersOf('c2')) {
    const [x, y] = view.positions[member]!;
    expect(Math.hypot(x - place[0], y - place[1])).toBeLessThanOrEqual(disc);
  }
  const ties = view.edges.filter((id) => id.startsWith('grouptie:'));
  const ofGroup = [...allTies].filter((id) => id.split('|').some((end) => end.endsWith(':c2')));
  expect(ties.sort()).toEqual([...new Set([...tiesBefore, ...ofGroup])].sort());
  await page.mouse.move(at.x, at.y);
  await expect(page.getByRole('tooltip')).toContainText(
    'in this open group; its ties to the closed groups end here; click to close it',
  );

  // Closing it brings the group back: from the bar, or by clicking its hub.
  await bar.getByRole('button', { name: /^Close group / }).click();
  await expect(page).not.toHaveURL(/open=/);
  await expect.poll(async () => (await drawnView(page)).nodes.every(isGroup)).toBe(true);
  await page.mouse.click(at.x, at.y);
  await expect(page).toHaveURL(/[?&]open=c2(&|$)/);
  await expect.poll(async () => (await drawnView(page)).nodes.length).toBeGreaterThan(groups);
  await page.mouse.click(at.x, at.y);
  await expect(page).not.toHaveURL(/open=/);
  await expect.poll(async () => (await drawnView(page)).nodes.every(isGroup)).toBe(true);
});

test('states with country codes group by continent; an open continent is shared by link', async ({
  page,
}) => {
  // The seed article's entities (Russia, North Korea and the United States carry
  // their ISO codes) beside the fictional 5,000, drawn apart: a test fixture only.
  const seed = bundledDataset('lavrov-choe');
  const mixed: Dataset = {
    ...synthetic,
    id: 'seed-beside-synthetic',
    title: { en: 'The seed article beside 5,000 fictional entities (test data)' },
    articles: [...seed.articles, ...synthetic.articles],
    entities: [...seed.entities, ...synthetic.entities],
    relations: [...seed.relations, ...synthetic.relations],
    lenses: [],
    positions: {
      ...synthetic.positions,
      ...Object.fromEntries(
        Object.entries(seed.positions!).map(([id, [x, y]]) => [id, [x + 8000, y] as const]),
      ),
    },
  };
  const path = '/seed-beside-synthetic.json';
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ json: mixed }),
  );
  await page.goto(`/?data=${path}`);
  const ready = page.locator('[data-testid="graph-canvas"][data-ready="true"]');
  await expect(ready).toBeVisible({ timeout: LARGE_LOAD_MS });
  const bar = page.getByRole('group', { name: 'Overview of groups' });
  const grouping = bar.getByRole('combobox', { name: 'Group by' });
  await expect(grouping.locator('option')).toHaveText(['State', 'Continent', 'Kind', 'Community']);
  await grouping.selectOption('continent');
  await expect(page).toHaveURL(/[?&]groups=continent(&|$)/);
  const labelOf = async (id: string) => String(await elementData(page, id, 'label'));
  // Russia and North Korea are in Asia (the continents table lists Russia there
  // first), with their ministers and their meeting; the United States in North
  // America; the fictional states, with no code, are gathered apart.
  await expect.poll(() => labelOf('group:continent-as')).toMatch(/^Asia: /);
  expect(await labelOf('group:continent-na')).toMatch(/^North America: United States/);
  const view = await drawnView(page);
  expect(view.nodes).toContain('group:other-state');
  expect(view.nodes.every(isGroup)).toBe(true);

  const at = await pagePositionOf(page, 'group:continent-as');
  await page.mouse.click(at.x, at.y);
  await expect(page).toHaveURL(/[?&]open=continent-as(&|$)/);
  const asia = ['russia', 'north-korea', 'sergey-lavrov', 'choe-son-hui', 'lavrov-choe-meeting'];
  await expect
    .poll(async () => (await drawnView(page)).nodes.filter((id) => !isGroup(id)))
    .toEqual(expect.arrayContaining(asia));
  const opened = await drawnView(page);
  expect(opened.nodes).not.toContain('united-states');

  // The link restores the grouping and the open continent in a fresh page.
  const link = page.url();
  const other = await page.context().newPage();
  await other.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ json: mixed }),
  );
  await other.goto(link);
  await expect(other.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible({
    timeout: LARGE_LOAD_MS,
  });
  await expect
    .poll(async () => (await drawnView(other)).nodes.sort())
    .toEqual([...opened.nodes].sort());
  await expect(
    other
      .getByRole('group', { name: 'Overview of groups' })
      .getByRole('combobox', { name: 'Group by' }),
  ).toHaveValue('continent');
});

test('searching for an entity opens its group and selects it', async ({ page }) => {
  await openOverview(page);
  const entity = synthetic.entities.find((e) => e.kind === 'official')!;
  const key = `c${communities[entity.id]}`;
  await page.getByRole('combobox', { name: 'Search entities and excerpts' }).fill(entity.name.en);
  await page
    .getByRole('option', { name: new RegExp(entity.name.en) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`sel=${entity.id}(&|$)`));
  await expect.poll(async () => (await drawnView(page)).nodes).toContain(entity.id);
  expect(await openGroupHubs(page)).toEqual([`group:${key}`]);
  await expect(page.getByRole('heading', { name: entity.name.en })).toBeVisible();
});

test('a group opened beside an open one pushes it aside whole; a shared link restores both', async ({
  page,
}) => {
  // Each open group's members lie in a disc around its hub, and no closed group's
  // circle lies in that disc.
  const expectDiscsClear = async (keys: string[]) => {
    const view = await drawnView(page);
    for (const key of keys) {
      const [hx, hy] = view.positions[`group:${key}`]!;
      const disc = 40 * Math.sqrt(membersOf(key).length + 1);
      for (const member of membersOf(key)) {
        const [x, y] = view.positions[member]!;
        expect(Math.hypot(x - hx, y - hy)).toBeLessThanOrEqual(disc + 2);
      }
      for (const id of view.nodes.filter((id) => isGroup(id) && !id.endsWith(`:${key}`))) {
        if (keys.some((open) => id === `group:${open}`)) continue;
        const [x, y] = view.positions[id]!;
        expect(Math.hypot(x - hx, y - hy)).toBeGreaterThan(disc);
      }
    }
  };
  await openOverview(page, '&open=c1');
  await expect
    .poll(async () => (await drawnView(page)).nodes.filter((id) => !isGroup(id)).length)
    .toBe(membersOf('c1').length);
  await expectDiscsClear(['c1']);
  const at = await pagePositionOf(page, 'group:c3');
  await page.mouse.click(at.x, at.y);
  await expect(page).toHaveURL(/[?&]open=c1,c3(&|$)/);
  await expect
    .poll(async () => (await drawnView(page)).nodes.filter((id) => !isGroup(id)).length)
    .toBe(membersOf('c1').length + membersOf('c3').length);
  await expectDiscsClear(['c1', 'c3']);
  await expect
    .poll(async () => (await drawnView(page)).nodes.filter((id) => !isGroup(id)).length)
    .toBe(membersOf('c1').length + membersOf('c3').length);
  const first = await drawnView(page);
  expect((await openGroupHubs(page)).sort()).toEqual(['group:c1', 'group:c3']);
  expect(first.nodes).toContain('group:c2');
  await page.reload();
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible({
    timeout: LARGE_LOAD_MS,
  });
  await expect.poll(async () => (await drawnView(page)).nodes).toEqual(first.nodes);
  expect((await drawnView(page)).edges).toEqual(first.edges);
});

test('a group past the limit opens into its kinds first; a part opens, is shared by link and closes with its group', async ({
  page,
}) => {
  const sizes = new Map<string, number>();
  for (const c of Object.values(communities)) sizes.set(`c${c}`, (sizes.get(`c${c}`) ?? 0) + 1);
  // The largest community: more members than a group opens into at once.
  const [key, size] = [...sizes].sort((a, b) => b[1] - a[1])[0]!;
  expect(size).toBeGreaterThan(OPEN_WHOLE_MAX);
  const kindOf = new Map(synthetic.entities.map((e) => [e.id, e.kind]));
  const kinds = [...new Set(membersOf(key).map((id) => kindOf.get(id)!))];
  await openOverview(page);
  const bar = page.getByRole('group', { name: 'Overview of groups' });
  const at = await pagePositionOf(page, `group:${key}`);
  await page.mouse.click(at.x, at.y);
  await expect(page).toHaveURL(new RegExp(`[?&]open=${key}(&|$)`));
  await expect(bar).toContainText('groups, 1 open');
  // One circle per kind of its members, none of them drawn yet.
  await expect
    .poll(async () => (await drawnView(page)).nodes.filter((id) => id.startsWith(`group:${key}--`)))
    .toHaveLength(kinds.length);
  let view = await drawnView(page);
  expect(view.nodes.every(isGroup)).toBe(true);
  const officials = `${key}--official`;
  const part = await pagePositionOf(page, `group:${officials}`);
  await page.mouse.move(part.x, part.y);
  await expect(page.getByRole('tooltip')).toContainText(/^Officials: /);

  // The officials' circle opens into the group's officials.
  await page.mouse.click(part.x, part.y);
  await expect(page).toHaveURL(new RegExp(`[?&]open=${key},${officials}(&|$)`));
  const members = membersOf(key).filter((id) => kindOf.get(id) === 'official');
  await expect
    .poll(async () => (await drawnView(page)).nodes.filter((id) => !isGroup(id)).sort())
    .toEqual([...members].sort());
  view = await drawnView(page);
  await expect(bar.getByRole('button', { name: /^Close group Officials: / })).toBeVisible();

  // The link restores the same drawing.
  await page.reload();
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible({
    timeout: LARGE_LOAD_MS,
  });
  await expect.poll(async () => (await drawnView(page)).nodes).toEqual(view.nodes);
  expect((await drawnView(page)).edges).toEqual(view.edges);

  // Closing the group closes its parts: it comes back as one circle.
  await bar.getByRole('button', { name: /^Close group (?!Officials)/ }).click();
  await expect(page).not.toHaveURL(/open=/);
  await expect.poll(async () => (await drawnView(page)).nodes.every(isGroup)).toBe(true);
  expect((await drawnView(page)).nodes).toContain(`group:${key}`);

  // Searching for a member of a part opens its group and its part, and selects it.
  const sought = synthetic.entities.find((e) => e.id === members[0])!;
  await page.getByRole('combobox', { name: 'Search entities and excerpts' }).fill(sought.name.en);
  await page
    .getByRole('option', { name: new RegExp(sought.name.en) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`sel=${sought.id}(&|$)`));
  await expect.poll(async () => (await drawnView(page)).nodes).toContain(sought.id);
  expect((await openGroupHubs(page)).sort()).toEqual([`group:${key}`, `group:${officials}`]);

  // Closing the part lets go of the selection in it; its group, which only the
  // selection opened, stays open in its parts.
  await bar.getByRole('button', { name: /^Close group Officials: / }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]open=${key}(&|$)`));
  await expect(page).not.toHaveURL(/sel=/);
  await expect.poll(async () => (await openGroupHubs(page)).sort()).toEqual([`group:${key}`]);
  expect((await drawnView(page)).nodes).toContain(`group:${officials}`);
});

test('drawing every entity goes chunk by chunk with progress, takes search input meanwhile, and can be cancelled', async ({
  page,
}) => {
  await openOverview(page);
  const bar = page.getByRole('group', { name: 'Overview of groups' });
  const progress = page.getByRole('progressbar', { name: /^Drawing .* elements…$/ });
  // Each check below is one step taken while the drawing (~35 chunks, seconds) goes on.
  // The search answers while the graph is drawn: its input is handled between two
  // chunks, with the drawing's progress still on the page, not after the drawing.
  const search = page.getByRole('combobox', { name: 'Search entities and excerpts' });
  await search.evaluate((input) =>
    input.addEventListener(
      'input',
      () => {
        input.dataset.drawingWhenTyped = String(document.querySelector('progress') !== null);
      },
      { once: true },
    ),
  );
  await bar.getByRole('button', { name: 'Draw every entity' }).click();
  await expect(progress).toBeVisible();
  // Some chunks drawn, not all: the page is between two of them.
  await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
  await search.fill('abc');
  await expect(search).toHaveValue('abc');
  await expect(search).toHaveAttribute('data-drawing-when-typed', 'true');
  await page.getByRole('button', { name: 'Back to the overview' }).click();
  await expect(progress).toBeHidden();

  // Cancel stops the drawing between two chunks, and the overview comes back. It is
  // clicked from the page, in a task between two chunks: from outside, on a busy
  // machine the last chunks were drawn between seeing the progress and the click.
  await bar.getByRole('button', { name: 'Draw every entity' }).click();
  const cancelledAt = await page.evaluate(async () => {
    for (;;) {
      const drawing = document.querySelector('progress');
      const cancel = [...document.querySelectorAll('button')].find(
        (button) => button.textContent === 'Cancel drawing',
      );
      if (drawing !== null && cancel !== undefined && drawing.value > 0) {
        cancel.click();
        return drawing.value / drawing.max;
      }
      await new Promise((resolve) => setTimeout(resolve));
    }
  });
  expect(cancelledAt).toBeGreaterThan(0);
  expect(cancelledAt).toBeLessThan(1);
  await expect(progress).toBeHidden();
  await expect(bar).toContainText('groups, 0 open');
  expect(new URL(page.url()).searchParams.get('all')).toBeNull();
});
