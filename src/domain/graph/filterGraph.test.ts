import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, Relation } from '../dataset/datasetSchema.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { DEFAULT_VIEW, VISIBILITY_FIELDS, type ViewState } from '../view/viewState.ts';
import { facetCounts } from './facetCounts.ts';
import { filterGraph } from './filterGraph.ts';

const seed = JSON.parse(
  readFileSync(new URL('../../../data/lavrov-choe.json', import.meta.url), 'utf8'),
) as Dataset;
const index = indexDataset(seed);
const view = (overrides: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...overrides });
const sorted = (ids: ReadonlySet<string>) => [...ids].sort();

describe('filterGraph on the seed dataset', () => {
  it('shows everything by default', () => {
    const graph = filterGraph(index, DEFAULT_VIEW);
    expect(graph.entities.size).toBe(seed.entities.length);
    expect(graph.relations.size).toBe(seed.relations.length);
    expect(graph.dimmed.size).toBe(0);
  });

  it('keeps only relations whose two ends are shown', () => {
    const graph = filterGraph(index, view({ entityKinds: ['state'] }));
    expect(sorted(graph.entities)).toEqual(['north-korea', 'russia', 'united-states']);
    expect(sorted(graph.relations)).toEqual([
      'russia-backs-north-korea-international-role',
      'russia-north-korea-economic-support',
      'russia-north-korea-military-support',
      'russia-north-korea-strategic-ties',
    ]);
  });

  it('filters relations by stance, and combines with entity kinds', () => {
    const graph = filterGraph(
      index,
      view({ stances: ['conflict'], entityKinds: ['state', 'bloc'] }),
    );
    expect(sorted(graph.relations)).toEqual([
      'russia-weakens-west-influence-in-region',
      'russia-west-tensions',
    ]);
    expect(graph.entities.size).toBe(5);
  });

  it('filters by QuadClass, with "none" for relations without one', () => {
    const material = filterGraph(index, view({ quadClasses: ['material-cooperation'] }));
    expect(sorted(material.relations)).toEqual([
      'russia-north-korea-economic-support',
      'russia-north-korea-military-support',
    ]);
    const none = filterGraph(index, view({ quadClasses: ['none'] }));
    expect(none.relations.has('russia-west-tensions')).toBe(true);
    expect(none.relations.has('lavrov-holds-office')).toBe(true);
  });

  it('applies the "Russia–North Korea ties" lens from the dataset', () => {
    const graph = filterGraph(index, view({ lens: 'ru-kp-ties' }));
    expect(sorted(graph.entities)).toEqual([
      'choe-son-hui',
      'lavrov-choe-meeting',
      'north-korea',
      'russia',
      'sergey-lavrov',
    ]);
    expect(graph.relations.size).toBe(8);
  });

  it('combines the "Western tensions" lens with a kind filter', () => {
    const lens = filterGraph(index, view({ lens: 'western-tensions' }));
    expect(sorted(lens.relations)).toEqual([
      'russia-weakens-west-influence-in-region',
      'russia-west-tensions',
      'united-states-in-us-and-allies',
      'us-allies-policy-toward-north-korea',
    ]);
    const states = filterGraph(index, view({ lens: 'western-tensions', entityKinds: ['state'] }));
    expect(sorted(states.entities)).toEqual(['north-korea', 'russia', 'united-states']);
    expect(states.relations.size).toBe(0);
  });

  it('hides isolated entities on request', () => {
    const graph = filterGraph(index, view({ entityKinds: ['state'], hideIsolated: true }));
    expect(sorted(graph.entities)).toEqual(['north-korea', 'russia']);
  });

  it('keeps only what connects to an entity, by any path', () => {
    const graph = filterGraph(
      index,
      view({ stances: ['structural'], connectedTo: 'sergey-lavrov' }),
    );
    expect(sorted(graph.entities)).toEqual([
      'choe-son-hui',
      'lavrov-choe-meeting',
      'nk-nuclear-programme',
      'north-korea',
      'nuclear-embargoes',
      'russia',
      'sergey-lavrov',
    ]);
  });

  it('dims what lies beyond the focus depth, or hides it', () => {
    const dim = filterGraph(index, view({ focus: 'sergey-lavrov', depth: 1 }));
    expect(dim.entities.size).toBe(seed.entities.length);
    expect(dim.dimmed.has('north-korea')).toBe(true);
    expect(dim.dimmed.has('russia')).toBe(false);
    const hide = filterGraph(index, view({ focus: 'sergey-lavrov', depth: 2, outside: 'hide' }));
    expect(sorted(hide.entities)).toEqual([
      'choe-son-hui',
      'lavrov-choe-meeting',
      'north-korea',
      'russia',
      'sergey-lavrov',
      'the-west',
    ]);
  });

  it('adds the neighbours of an expanded entity to the focus', () => {
    const graph = filterGraph(
      index,
      view({ focus: 'sergey-lavrov', outside: 'hide', expanded: ['russia'] }),
    );
    expect(graph.entities.has('the-west')).toBe(true);
    expect(graph.entities.has('north-korea')).toBe(true);
    expect(graph.entities.has('choe-son-hui')).toBe(false);
  });

  it('keeps only standing ties in a date range when the source gives no dates', () => {
    const graph = filterGraph(index, view({ from: '2024', to: '2025' }));
    // The undated meeting and the undated interactions drop out; offices, memberships
    // and what a topic concerns are not said to have ended, so they stay.
    expect(graph.entities.has('lavrov-choe-meeting')).toBe(false);
    expect(sorted(graph.relations)).toEqual([
      'choe-holds-office',
      'embargoes-tied-to-nuclear-programme',
      'lavrov-holds-office',
      'nuclear-programme-of-north-korea',
      'united-states-in-us-and-allies',
    ]);
  });
});

describe('filterGraph with a period, on the fictional dataset', () => {
  // Only the Port Alder meeting (2031-03-03), the water accord (2031-03-03) and
  // Ens's warning (2031-04) carry dates; participations and offices carry none.
  const fictional = JSON.parse(
    readFileSync(new URL('../../../data/fictional-veld.json', import.meta.url), 'utf8'),
  ) as Dataset;
  const veld = indexDataset(fictional);
  const inPeriod = (from: string | null, to: string | null, data = veld) =>
    filterGraph(data, view({ from, to }));

  it('keeps a meeting dated in the period joined to its participants and its subject', () => {
    const march = inPeriod('2031-03', '2031-03');
    expect(march.entities.has('port-alder-meeting')).toBe(true);
    for (const id of ['quint-at-port-alder', 'dosan-at-port-alder', 'port-alder-concerns-accord'])
      expect(march.relations.has(id)).toBe(true);
    // An open-ended period that contains the meeting does too.
    expect(inPeriod('2031-03-03', null).relations.has('quint-at-port-alder')).toBe(true);
  });

  it('drops a meeting outside the period together with its participations', () => {
    for (const graph of [inPeriod('2031-04', '2031-04'), inPeriod(null, '2031-03-02')]) {
      expect(graph.entities.has('port-alder-meeting')).toBe(false);
      expect(graph.relations.has('quint-at-port-alder')).toBe(false);
      expect(graph.relations.has('port-alder-concerns-accord')).toBe(false);
      // The participants themselves stay, with their offices.
      expect(graph.entities.has('arvel-quint')).toBe(true);
    }
  });

  it('keeps undated offices and memberships, and drops undated interactions', () => {
    const april = inPeriod('2031-04', '2031-04');
    expect(sorted(april.relations)).toEqual([
      'dosan-office',
      'ens-office',
      'ens-warns-tesk',
      'norland-in-compact',
      'orsk-in-compact',
      'quint-office',
    ]);
  });

  it('lets an office’s own dates rule it out, and reads a missing end as not ended', () => {
    const withDates = (id: string, dates: Partial<Relation>) => ({
      ...fictional,
      relations: fictional.relations.map((r) => (r.id === id ? { ...r, ...dates } : r)),
    });
    const ended = indexDataset(withDates('quint-office', { end: { date: '2030' } }));
    expect(inPeriod('2031-03', '2031-03', ended).relations.has('quint-office')).toBe(false);
    const since = indexDataset(withDates('quint-office', { start: { date: '2029-05' } }));
    expect(inPeriod('2035', '2035', since).relations.has('quint-office')).toBe(true);
    expect(inPeriod('2028', '2028', since).relations.has('quint-office')).toBe(false);
    // An interaction dated by its start alone is an event on that day, as before.
    expect(inPeriod('2031-04', null).relations.has('norland-tesk-water-accord')).toBe(false);
  });
});

describe('facetCounts', () => {
  it('counts each option under the other filters', () => {
    const counts = facetCounts(index, view({ stances: ['conflict'] }));
    expect(counts.entityKinds.get('official')).toBe(2);
    expect(counts.stances.get('cooperation')).toBe(4);
    expect(counts.stances.get('conflict')).toBe(2);
    expect(counts.relationKinds.get('in-tension-with')).toBe(1);
    expect(counts.relationKinds.get('supports')).toBeUndefined();
  });

  it('counts, for each article, the items that quote it or only cite it (imported items cite)', () => {
    const imported = JSON.parse(
      readFileSync(
        new URL('../../../e2e/fixtures/datasets/imported-gdelt.json', import.meta.url),
        'utf8',
      ),
    ) as Dataset;
    const counts = facetCounts(indexDataset(imported), DEFAULT_VIEW);
    const items = [...imported.entities, ...imported.relations];
    for (const article of imported.articles) {
      const citing = items.filter((item) =>
        [...item.evidence, ...(item.citations ?? [])].some((e) => e.article === article.id),
      );
      expect(citing.length).toBeGreaterThan(0);
      expect(counts.articles.get(article.id)).toBe(citing.length);
    }
  });
});

describe('the source-reliability filter', () => {
  // The synthetic fictional-veld grades its outlets: the Ledger B, the Günlük C, the wire not at all.
  const fictional = JSON.parse(
    readFileSync(new URL('../../../data/fictional-veld.json', import.meta.url), 'utf8'),
  ) as Dataset;
  const fictionalIndex = indexDataset(fictional);
  const restsOn = (id: string, articles: string[]) => {
    const item = fictionalIndex.entityById.get(id) ?? fictionalIndex.relationById.get(id)!;
    return item.evidence.some((e) => articles.includes(e.article));
  };

  it('keeps only items resting on an article graded at least as reliable', () => {
    const b = filterGraph(fictionalIndex, view({ reliability: 'B' }));
    expect(b.entities.size).toBeGreaterThan(0);
    for (const id of [...b.entities, ...b.relations])
      expect(restsOn(id, ['synthetic-ledger-1'])).toBe(true);
    const c = filterGraph(fictionalIndex, view({ reliability: 'C' }));
    expect(c.entities.size).toBeGreaterThan(b.entities.size);
    for (const id of [...c.entities, ...c.relations])
      expect(restsOn(id, ['synthetic-ledger-1', 'synthetic-gunluk-1'])).toBe(true);
  });

  it('keeps nothing when no article is graded so well, and nothing ungraded', () => {
    expect(filterGraph(fictionalIndex, view({ reliability: 'A' })).entities.size).toBe(0);
    expect(filterGraph(index, view({ reliability: 'E' })).entities.size).toBe(0);
  });
});

describe('filterGraph keeps its recent results', () => {
  it('answers the same view of the same dataset with the same result, whatever else the view holds', () => {
    const shown = filterGraph(index, { ...DEFAULT_VIEW, entityKinds: ['state', 'official'] });
    // A selection, a search or a camera move changes nothing the filter reads.
    const elsewhere: ViewState = {
      ...DEFAULT_VIEW,
      entityKinds: ['state', 'official'],
      selected: 'russia',
      search: 'lav',
      viewport: { zoom: 2, x: 10, y: 20 },
    };
    expect(filterGraph(index, elsewhere)).toBe(shown);
  });

  it('filters anew for a view that differs in any field the filter reads', () => {
    const focused: ViewState = { ...DEFAULT_VIEW, focus: 'sergey-lavrov' };
    const other: { [F in (typeof VISIBILITY_FIELDS)[number]]: ViewState[F] } = {
      lens: 'ru-kp-ties',
      entityKinds: ['state'],
      stances: ['conflict'],
      relationKinds: ['supports'],
      quadClasses: ['verbal-cooperation'],
      articles: ['a1484f1563c4a089'],
      from: '2024',
      to: '2024',
      connectedTo: 'russia',
      hideIsolated: true,
      excerptsOnly: true,
      reliability: 'B',
      focus: 'russia',
      depth: 2,
      outside: 'hide',
      expanded: ['russia'],
    };
    for (const field of VISIBILITY_FIELDS) {
      const base = filterGraph(index, focused);
      const changed = filterGraph(index, { ...focused, [field]: other[field] });
      expect(changed, field).not.toBe(base);
      expect(changed, field).toEqual(
        filterGraph(indexDataset(seed), { ...focused, [field]: other[field] }),
      );
    }
  });

  it('takes no focus field into account while there is no focus', () => {
    const unfocused = filterGraph(index, DEFAULT_VIEW);
    expect(filterGraph(index, { ...DEFAULT_VIEW, depth: 3, outside: 'hide' })).toBe(unfocused);
    expect(filterGraph(index, { ...DEFAULT_VIEW, expanded: ['russia'] })).toBe(unfocused);
  });

  it('never answers for another dataset, even one with the same content', () => {
    const other = indexDataset(seed);
    const here = filterGraph(index, DEFAULT_VIEW);
    const there = filterGraph(other, DEFAULT_VIEW);
    expect(there).not.toBe(here);
    expect(there).toEqual(here);
  });

  it('keeps the two views used last: asking for one keeps it longer', () => {
    const own = indexDataset(seed);
    const views = (['state', 'official', 'meeting'] as const).map((kind) => ({
      ...DEFAULT_VIEW,
      entityKinds: [kind],
    }));
    const [state, official] = views.slice(0, 2).map((v) => filterGraph(own, v));
    // Used again, the older becomes the latest; a third view then drops the other.
    expect(filterGraph(own, views[0]!)).toBe(state);
    filterGraph(own, views[2]!);
    expect(filterGraph(own, views[0]!)).toBe(state);
    expect(filterGraph(own, views[1]!)).not.toBe(official);
  });
});
