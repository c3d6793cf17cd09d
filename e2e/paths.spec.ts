import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { openExplorer } from './graphPage.ts';

const entities = (page: Page) => page.getByRole('navigation', { name: 'Entities' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const panel = (page: Page) => page.getByRole('region', { name: 'Paths' });
const summary = (page: Page) => panel(page).locator('.path-summary');
const pathButton = (page: Page, n: number) =>
  panel(page)
    .getByRole('group', { name: 'Paths found' })
    .getByRole('button', { name: new RegExp(`^Path ${n} of`) });
const chain = (page: Page) => panel(page).getByRole('region', { name: /^Evidence chain/ });
const kindBox = (page: Page, name: string) =>
  page
    .getByRole('group', { name: 'Entity kinds' })
    .getByRole('checkbox', { name: new RegExp(`^${name}`) });
const stanceBox = (page: Page, name: string) =>
  page
    .getByRole('group', { name: 'Stance' })
    .getByRole('checkbox', { name: new RegExp(`^${name}`) });

/** The ids Cytoscape draws with a class, read through its registration on the container. */
async function classed(page: Page, className: string): Promise<string[]> {
  return page.locator('[data-testid="graph-canvas"]').evaluate(
    (container, selector) =>
      (
        container as unknown as {
          _cyreg: {
            cy: { $: (s: string) => { map: (f: (e: { id: () => string }) => string) => string[] } };
          };
        }
      )._cyreg.cy
        .$(selector)
        .map((e) => e.id())
        .sort(),
    `.${className}`,
  );
}

test('Lavrov to Choe, by keyboard only: two paths, each hop with its evidence, in the link', async ({
  page,
  browser,
}) => {
  await openExplorer(page);
  await entities(page).getByRole('button', { name: 'Sergey Lavrov' }).focus();
  await page.keyboard.press('Enter');
  await details(page).getByRole('button', { name: 'Find paths from here…' }).focus();
  await page.keyboard.press('Enter');

  const to = panel(page).getByRole('combobox', { name: 'To' });
  await expect(to).toBeFocused();
  await expect(panel(page).getByRole('combobox', { name: 'From' })).toHaveValue('Sergey Lavrov');
  await page.keyboard.type('choe');
  await expect(panel(page).getByRole('option').first()).toHaveText('Choe Son-hui');
  await page.keyboard.press('Enter');
  await expect(to).toHaveValue('Choe Son-hui');

  await expect(summary(page)).toHaveText('2 paths of 2 to 3 hops');
  await expect(pathButton(page, 1)).toHaveAttribute('aria-pressed', 'true');
  await expect(pathButton(page, 1)).toHaveAccessibleName('Path 1 of 2: 2 hops');
  await expect(page).toHaveURL(/[?&]path=sergey-lavrov,choe-son-hui(&|$)/);
  await expect(chain(page).getByRole('heading', { level: 4 })).toHaveText([
    'Hop 1: Sergey Lavrov – Lavrov–Choe meeting',
    'Hop 2: Lavrov–Choe meeting – Choe Son-hui',
  ]);
  // Each hop shows its relation's excerpts, in the article's language, with a way to read it.
  const firstHop = chain(page).getByRole('listitem').filter({ hasText: 'Hop 1' });
  await expect(firstHop.locator('.excerpt').first()).toHaveAttribute('lang', 'tr');
  await expect(firstHop.getByRole('button', { name: 'Read the article' })).toHaveCount(1);
  expect(await classed(page, 'on-path')).toEqual([
    'choe-at-meeting',
    'choe-son-hui',
    'lavrov-at-meeting',
    'lavrov-choe-meeting',
    'sergey-lavrov',
  ]);
  expect(await classed(page, 'off-path')).toContain('russia');

  // The second path goes through the two states; its middle hop lists all four relations.
  await pathButton(page, 2).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]path=sergey-lavrov,choe-son-hui,2(&|$)/);
  await expect(chain(page).getByRole('heading', { level: 4 })).toHaveText([
    'Hop 1: Sergey Lavrov – Russia',
    'Hop 2: Russia – North Korea',
    'Hop 3: North Korea – Choe Son-hui',
  ]);
  const middle = chain(page).locator('.hop').nth(1);
  await expect(middle.locator('.hop-count')).toHaveText('4 relations join them');
  await expect(middle.locator('.hop-relation').first()).toContainText('— no direction');
  await expect(middle.locator('.hop-relation').nth(1)).toContainText('↔ both ways');
  await expect(middle.locator('.hop-relation').nth(1)).toContainText('CAMEO 061');
  expect(await classed(page, 'on-path')).toContain('russia-north-korea-military-support');

  // An excerpt on the path opens in the reader, as anywhere else.
  await middle.getByRole('button', { name: 'Read the article' }).first().focus();
  await page.keyboard.press('Enter');
  const reader = page.getByRole('dialog', { name: /^Article/ });
  await expect(reader.locator('mark')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
  await expect(summary(page)).toHaveText('2 paths of 2 to 3 hops');

  const fresh = await browser.newContext({ viewport: page.viewportSize()! });
  const recipient = await fresh.newPage();
  await openExplorer(recipient, page.url());
  await expect(summary(recipient)).toHaveText('2 paths of 2 to 3 hops');
  await expect(pathButton(recipient, 2)).toHaveAttribute('aria-pressed', 'true');
  await expect(chain(recipient).getByRole('heading', { level: 4 })).toHaveCount(3);
  expect(await classed(recipient, 'on-path')).toEqual(await classed(page, 'on-path'));
  await fresh.close();
});

test('filters that cut a path change the paths, and the whole graph is offered back', async ({
  page,
}) => {
  await openExplorer(page, '/?path=sergey-lavrov,choe-son-hui');
  await expect(summary(page)).toHaveText('2 paths of 2 to 3 hops');

  await kindBox(page, 'Meeting').uncheck();
  await expect(summary(page)).toHaveText('1 path of 3 hops');
  expect(await classed(page, 'on-path')).not.toContain('lavrov-choe-meeting');

  await stanceBox(page, 'Structural').uncheck();
  await expect(summary(page)).toHaveText(
    'No path joins them through what the graph shows now. The whole graph has 2 paths, the shortest of 2 hops.',
  );
  expect(await classed(page, 'on-path')).toEqual([]);
  await panel(page).getByRole('button', { name: 'Look in the whole graph' }).click();
  await expect(summary(page)).toHaveText('2 paths of 2 to 3 hops');
  await expect(kindBox(page, 'Meeting')).toBeChecked();
});

test('with roll-up on, a path between officials says why it is not drawn, and the whole graph brings it back', async ({
  page,
}) => {
  await openExplorer(page, '/?rollup=1&path=sergey-lavrov,choe-son-hui');
  await expect(summary(page)).toHaveText(
    'Sergey Lavrov is drawn as the state they hold office in while roll-up is on. ' +
      'Choe Son-hui is drawn as the state they hold office in while roll-up is on. ' +
      'No path joins them through what the graph shows now. ' +
      'Paths run through officials and meetings, not through the ties roll-up draws. ' +
      'The whole graph has 2 paths, the shortest of 2 hops.',
  );
  await panel(page).getByRole('button', { name: 'Look in the whole graph' }).click();
  await expect(summary(page)).toHaveText('2 paths of 2 to 3 hops');
  await expect(page).not.toHaveURL(/rollup=/);
  await expect(
    page.getByRole('checkbox', { name: 'Roll up officials into states' }),
  ).not.toBeChecked();
  // One step: Back returns to the rolled-up view.
  await page.goBack();
  await expect(page).toHaveURL(/rollup=1/);
});

test('on the fictional dataset: three paths from Arvel Quint to Halvard Ens, ties by id', async ({
  page,
  browser,
}) => {
  await openExplorer(page, '/?data=fictional-veld');
  await panel(page).getByRole('button', { name: 'Find paths between two entities…' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('combobox', { name: 'From' })).toBeFocused();
  await page.keyboard.type('quint');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // past the swap button
  await page.keyboard.press('Tab');
  await expect(panel(page).getByRole('combobox', { name: 'To' })).toBeFocused();
  await page.keyboard.type('halvard');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');

  await expect(summary(page)).toHaveText('3 paths of 3 to 4 hops');
  await expect(page).toHaveURL(/[?&]path=arvel-quint,halvard-ens(&|$)/);
  await expect(chain(page).getByRole('heading', { level: 4 })).toHaveText([
    'Hop 1: Arvel Quint – Norland',
    'Hop 2: Norland – Tesk',
    'Hop 3: Tesk – Halvard Ens',
  ]);
  // Norland and Tesk are joined by two relations, each with its excerpts.
  const second = chain(page).locator('.hop').nth(1);
  await expect(second.locator('.hop-count')).toHaveText('2 relations join them');
  await expect(second.locator('.excerpt-card')).toHaveCount(3);
  await pathButton(page, 3).click();
  await expect(chain(page).getByRole('heading', { level: 4 })).toHaveText([
    'Hop 1: Arvel Quint – Port Alder meeting',
    'Hop 2: Port Alder meeting – Mira Dosan',
    'Hop 3: Mira Dosan – Tesk',
    'Hop 4: Tesk – Halvard Ens',
  ]);

  const fresh = await browser.newContext({ viewport: page.viewportSize()! });
  const recipient = await fresh.newPage();
  await openExplorer(recipient, page.url());
  await expect(summary(recipient)).toHaveText('3 paths of 3 to 4 hops');
  await expect(pathButton(recipient, 3)).toHaveAttribute('aria-pressed', 'true');
  expect(await classed(recipient, 'on-path')).toEqual(await classed(page, 'on-path'));
  await fresh.close();

  // Closing the panel clears the paths from the graph and the link; the keyboard stays put.
  await panel(page).getByRole('button', { name: 'Close paths' }).click();
  await expect(page).not.toHaveURL(/path=/);
  expect(await classed(page, 'on-path')).toEqual([]);
  await expect(
    panel(page).getByRole('button', { name: 'Find paths between two entities…' }),
  ).toBeFocused();
});
