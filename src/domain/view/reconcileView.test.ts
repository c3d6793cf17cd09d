import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Dataset } from '../dataset/datasetSchema.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { reconcileView } from './reconcileView.ts';
import { DEFAULT_VIEW } from './viewState.ts';

const index = indexDataset(
  JSON.parse(
    readFileSync(new URL('../../../data/lavrov-choe.json', import.meta.url), 'utf8'),
  ) as Dataset,
);

it('keeps a view whose ids all exist', () => {
  const view = {
    ...DEFAULT_VIEW,
    lens: 'ru-kp-ties',
    selected: 'russia-west-tensions',
    reading: 1,
    focus: 'russia',
  };
  expect(reconcileView(view, index)).toEqual({ view, ignored: [] });
});

it('drops ids the dataset does not have, and says which', () => {
  const { view, ignored } = reconcileView(
    {
      ...DEFAULT_VIEW,
      lens: 'nope',
      selected: 'atlantis',
      reading: 2,
      expanded: ['russia', 'mars'],
      articles: ['x'],
    },
    index,
  );
  expect(view).toMatchObject({
    lens: null,
    selected: null,
    reading: null,
    expanded: ['russia'],
    articles: null,
  });
  expect(ignored.map((i) => `${i.param}=${i.value}`)).toEqual([
    'lens=nope',
    'articles=x',
    'expand=mars',
    'sel=atlantis',
    'read=2',
  ]);
});

it('drops an excerpt number beyond the selection’s excerpts', () => {
  const { view } = reconcileView({ ...DEFAULT_VIEW, selected: 'sergey-lavrov', reading: 5 }, index);
  expect(view.reading).toBeNull();
});

it('drops paths to an entity the dataset does not have, naming each unknown end', () => {
  const path = { from: 'atlantis', to: 'russia', shown: 2 as const };
  const { view, ignored } = reconcileView({ ...DEFAULT_VIEW, path }, index);
  expect(view.path).toBeNull();
  expect(ignored).toEqual([
    { param: 'path', value: 'atlantis', reason: { code: 'no-such-entity' } },
  ]);
  const both = reconcileView({ ...DEFAULT_VIEW, path: { ...path, to: 'mars' } }, index);
  expect(both.ignored.map((i) => i.value)).toEqual(['atlantis', 'mars']);
  const known = { from: 'sergey-lavrov', to: 'choe-son-hui', shown: 1 as const };
  expect(reconcileView({ ...DEFAULT_VIEW, path: known }, index).view.path).toEqual(known);
});

it('drops pins of entities the dataset does not have', () => {
  const { view, ignored } = reconcileView(
    {
      ...DEFAULT_VIEW,
      pins: [
        { id: 'russia', x: 10, y: 20 },
        { id: 'atlantis', x: 0, y: 0 },
        { id: 'russia-west-tensions', x: 1, y: 1 },
      ],
    },
    index,
  );
  expect(view.pins).toEqual([{ id: 'russia', x: 10, y: 20 }]);
  expect(ignored.map((i) => `${i.param}=${i.value}`)).toEqual([
    'pins=atlantis',
    'pins=russia-west-tensions',
  ]);
});

it('keeps a rolled-up tie between entities it has, and drops one between unknown ones', () => {
  const tie = 'rollup:north-korea|russia|meeting';
  expect(reconcileView({ ...DEFAULT_VIEW, selected: tie }, index).view.selected).toBe(tie);
  const { view, ignored } = reconcileView(
    { ...DEFAULT_VIEW, selected: 'rollup:atlantis|russia|meeting', reading: 1 },
    index,
  );
  expect([view.selected, view.reading]).toEqual([null, null]);
  expect(ignored.map((i) => i.param)).toEqual(['sel', 'read']);
});
