import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/datasetSchema.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { DEFAULT_VIEW, type ViewState } from '../view/viewState.ts';
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

  it('shows nothing dated in a date range when the source gives no dates', () => {
    const graph = filterGraph(index, view({ from: '2024', to: '2025' }));
    expect(graph.relations.size).toBe(0);
    expect(graph.entities.has('lavrov-choe-meeting')).toBe(false);
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
});
