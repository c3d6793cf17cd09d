import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../../../scripts/synth/generateSyntheticDataset.ts';
import { bundledDataset } from '../../testSupport/bundledDataset.ts';
import type { Dataset, Entity } from '../dataset/datasetSchema.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import table from '../geo/continents.json';
import { filterGraph } from '../graph/filterGraph.ts';
import { DEFAULT_VIEW } from '../view/viewState.ts';
import {
  assignGroups,
  continentKey,
  defaultGrouping,
  groupingsOf,
  keyContinent,
  MAX_STATE_GROUPS,
} from './assignGroups.ts';

const seed = indexDataset(bundledDataset('lavrov-choe'));
const seedVisible = filterGraph(seed, DEFAULT_VIEW);
const veld = indexDataset(bundledDataset('fictional-veld'));

/**
 * States and nothing else: one per ISO code of the continents table, named by their
 * code, with no relation, so the dataset states no fact about any of them.
 */
function statesOnly(codes: readonly string[]): Dataset {
  const seedDataset = bundledDataset('lavrov-choe');
  const states: Entity[] = codes.map((code) => ({
    id: `state-${code.toLowerCase()}`,
    kind: 'state',
    name: { en: code },
    evidence: [],
    country: code,
  }));
  return { ...seedDataset, entities: states, relations: [] };
}

describe('grouping by continent', () => {
  it('puts the seed’s states under their continents, and officials and the meeting with them', () => {
    const groups = assignGroups(seed, seedVisible, 'continent', null);
    expect(groups.get('russia')).toBe('continent-as');
    expect(groups.get('north-korea')).toBe('continent-as');
    expect(groups.get('united-states')).toBe('continent-na');
    // Officials follow their office; the meeting, the most of its neighbours.
    expect(groups.get('sergey-lavrov')).toBe('continent-as');
    expect(groups.get('choe-son-hui')).toBe('continent-as');
    expect(groups.get('lavrov-choe-meeting')).toBe('continent-as');
    // Every visible entity has a group.
    expect([...seedVisible.entities].every((id) => groups.has(id))).toBe(true);
  });

  it('puts an official whose office is a bloc with the bloc, which follows its members', () => {
    // Fictional states, given real codes only so that the continents table places
    // them; fictional blocs and officials. Nothing here describes a real country.
    const state = (id: string, country: string): Entity => ({
      id,
      kind: 'state',
      name: { en: id },
      evidence: [],
      country,
    });
    const entity = (id: string, kind: 'bloc' | 'official'): Entity => ({
      id,
      kind,
      name: { en: id },
      evidence: [],
    });
    const relation = (id: string, kind: string, source: string, target: string) =>
      ({ id, kind, source, target, evidence: [] }) as unknown as Dataset['relations'][number];
    const dataset: Dataset = {
      ...bundledDataset('fictional-veld'),
      entities: [
        state('norland', 'DEU'),
        state('vossia', 'FRA'),
        state('tesk', 'CHN'),
        entity('compact', 'bloc'),
        entity('lone-league', 'bloc'),
        entity('arvel', 'official'),
        entity('mira', 'official'),
      ],
      relations: [
        relation('r1', 'member-of', 'norland', 'compact'),
        relation('r2', 'member-of', 'vossia', 'compact'),
        relation('r3', 'holds-office', 'arvel', 'compact'),
        // Arvel meets Tesk more than anyone, but follows the office.
        relation('r4', 'cooperates-with', 'arvel', 'tesk'),
        relation('r5', 'supports', 'arvel', 'tesk'),
        // The Lone League has no members: Mira, its officer, votes instead.
        relation('r6', 'holds-office', 'mira', 'lone-league'),
        relation('r7', 'cooperates-with', 'mira', 'tesk'),
      ],
      lenses: [],
      positions: undefined,
    };
    const index = indexDataset(dataset);
    const groups = assignGroups(index, filterGraph(index, DEFAULT_VIEW), 'continent', null);
    expect(groups.get('compact')).toBe('continent-eu');
    expect(groups.get('arvel')).toBe('continent-eu');
    expect(groups.get('lone-league')).toBe('other-bloc');
    expect(groups.get('mira')).toBe('continent-as');
  });

  it('names no continent where the data gives no country code', () => {
    const synthetic = indexDataset(generateSyntheticDataset(300, 3));
    const groups = assignGroups(synthetic, filterGraph(synthetic, DEFAULT_VIEW), 'continent', null);
    expect(groups.size).toBe(300);
    expect([...groups.values()].every((key) => key.startsWith('other-'))).toBe(true);
  });

  it('keys a continent’s group in lower case, as a link carries it, and reads it back', () => {
    expect(continentKey('EU')).toBe('continent-eu');
    expect(keyContinent('continent-eu')).toBe('EU');
    expect(keyContinent('russia')).toBeNull();
    expect(keyContinent('continent-xx')).toBeNull();
  });

  it('is offered only for a dataset whose states have country codes', () => {
    expect(groupingsOf(seed)).toContain('continent');
    expect(groupingsOf(veld)).not.toContain('continent');
    expect(groupingsOf(veld)).toEqual(['state', 'kind', 'community']);
  });
});

describe('defaultGrouping', () => {
  it('groups by state while the states and blocs are few enough to read', () => {
    expect(defaultGrouping(seed, seedVisible, null)).toBe('state');
  });

  it('falls back to continents past that when the states’ codes give them, else to communities or kinds', () => {
    const codes = Object.values(table.continents).flat();
    expect(codes.length).toBeGreaterThan(MAX_STATE_GROUPS);
    const many = indexDataset(statesOnly(codes));
    const all = filterGraph(many, DEFAULT_VIEW);
    expect(defaultGrouping(many, all, null)).toBe('continent');
    const groups = assignGroups(many, all, 'continent', null);
    expect(new Set(groups.values()).size).toBe(Object.keys(table.continents).length);

    // Most states without a code: no continents; communities when known, else kinds.
    const uncoded = statesOnly(codes);
    uncoded.entities = uncoded.entities.map((e, i) =>
      i % 3 === 0 ? e : { ...e, country: undefined },
    );
    const few = indexDataset(uncoded);
    const fewVisible = filterGraph(few, DEFAULT_VIEW);
    expect(defaultGrouping(few, fewVisible, null)).toBe('kind');
    expect(defaultGrouping(few, fewVisible, {})).toBe('community');
  });
});
