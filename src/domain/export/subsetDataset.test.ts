import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/datasetSchema.ts';
import { datasetWarnings } from '../dataset/datasetWarnings.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { validateDataset } from '../dataset/validateDataset.ts';
import { filterGraph } from '../graph/filterGraph.ts';
import { DEFAULT_VIEW, type ViewState } from '../view/viewState.ts';
import { bundledDataset } from '../../testSupport/bundledDataset.ts';
import { subsetDataset } from './subsetDataset.ts';

const seed = () => bundledDataset('lavrov-choe');
const fictional = () => bundledDataset('fictional-veld');

const label = {
  title: { en: 'Part of the dataset', tr: 'Veri kümesinin bir bölümü' },
  description: { en: 'Derived from the dataset: what one view showed.' },
};

/** Exports what a view shows, writes it as a file would be written, and reads it back. */
function exportAndReopen(dataset: Dataset, view: Partial<ViewState>) {
  const shown = filterGraph(indexDataset(dataset), { ...DEFAULT_VIEW, ...view });
  const subset = subsetDataset(dataset, shown, label);
  if (subset === null) throw new Error('nothing exported');
  const reopened = validateDataset(JSON.parse(JSON.stringify(subset)));
  return { shown, subset, reopened };
}

describe('subsetDataset', () => {
  it.each([
    ['the seed, states and officials', seed, { entityKinds: ['state', 'official'] }],
    ['the seed, through a lens', seed, { lens: 'western-tensions' }],
    ['the seed, conflict only', seed, { stances: ['conflict'], hideIsolated: true }],
    ['the fictional dataset, a lens', fictional, { lens: 'water-accord' }],
    ['the fictional dataset, one article', fictional, { articles: ['synthetic-wire-1'] }],
    [
      'the fictional dataset, a focus that hides the rest',
      fictional,
      { focus: 'tesk', outside: 'hide' },
    ],
  ] as const)(
    'an export of %s passes the dataset checks and reopens to the same graph',
    (_name, load, view) => {
      const dataset = load();
      const { shown, reopened } = exportAndReopen(dataset, view as Partial<ViewState>);
      expect(shown.entities.size).toBeLessThan(dataset.entities.length);
      if (!reopened.ok) throw new Error(JSON.stringify(reopened.problems));
      const again = filterGraph(indexDataset(reopened.dataset), DEFAULT_VIEW);
      expect([...again.entities].sort()).toEqual([...shown.entities].sort());
      expect([...again.relations].sort()).toEqual([...shown.relations].sort());
    },
  );

  it('carries the evidence and exactly the articles it cites', () => {
    const { subset, reopened } = exportAndReopen(fictional(), { articles: ['synthetic-wire-1'] });
    expect(reopened.ok).toBe(true);
    const original = fictional();
    for (const relation of subset.relations) {
      expect(relation.evidence).toEqual(
        original.relations.find((r) => r.id === relation.id)!.evidence,
      );
    }
    const cited = new Set(subset.relations.flatMap((r) => r.evidence.map((e) => e.article)));
    for (const entity of subset.entities) for (const e of entity.evidence) cited.add(e.article);
    expect(subset.articles.map((a) => a.id).sort()).toEqual([...cited].sort());
    expect(subset.articles.length).toBeLessThan(original.articles.length);
    if (reopened.ok) {
      expect(datasetWarnings(reopened.dataset).filter((w) => w.path[0] === 'articles')).toEqual([]);
    }
  });

  it('says it is derived, and stays synthetic when its source is', () => {
    const { subset } = exportAndReopen(fictional(), { lens: 'water-accord' });
    expect(subset.id).toBe('fictional-veld-subset');
    expect(subset.title).toEqual(label.title);
    expect(subset.description).toEqual(label.description);
    expect(subset.synthetic).toBe(true);
    expect(exportAndReopen(seed(), { lens: 'ru-kp-ties' }).subset.synthetic).toBe(false);
  });

  it('marks a subset of a subset only once', () => {
    const { subset } = exportAndReopen(seed(), { lens: 'ru-kp-ties' });
    const again = subsetDataset(subset, filterGraph(indexDataset(subset), DEFAULT_VIEW), label);
    expect(again!.id).toBe('lavrov-choe-subset');
  });

  it('keeps lenses with the entities that remain and drops those left with none', () => {
    const { subset } = exportAndReopen(seed(), {
      entityKinds: ['official', 'meeting'],
    });
    const lenses = subset.lenses ?? [];
    expect(lenses.map((l) => l.id)).toEqual(['ru-kp-ties']);
    expect(lenses[0]!.entities).toEqual(['sergey-lavrov', 'choe-son-hui', 'lavrov-choe-meeting']);
  });

  it('keeps the stored positions of the entities it keeps', () => {
    const dataset = seed();
    dataset.positions = Object.fromEntries(
      dataset.entities.map((e, i) => [e.id, [i * 10, -i] as [number, number]]),
    );
    const { subset, reopened } = exportAndReopen(dataset, { entityKinds: ['state'] });
    expect(reopened.ok).toBe(true);
    expect(Object.keys(subset.positions!).sort()).toEqual(subset.entities.map((e) => e.id).sort());
    expect(subset.positions!.russia).toEqual(dataset.positions.russia);
  });

  it('brings along the ends of a shown relation even when they were left out', () => {
    const subset = subsetDataset(
      seed(),
      { entities: new Set(), relations: new Set(['russia-west-tensions']) },
      label,
    );
    expect(subset!.entities.map((e) => e.id).sort()).toEqual(['russia', 'the-west']);
    expect(validateDataset(subset).ok).toBe(true);
  });

  it('is null when nothing is shown', () => {
    expect(subsetDataset(seed(), { entities: new Set(), relations: new Set() }, label)).toBeNull();
  });
});
