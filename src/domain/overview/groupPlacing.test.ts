import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../../../scripts/synth/generateSyntheticDataset.ts';
import { ENTITY_KINDS } from '../dataset/datasetVocabulary.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { filterGraph } from '../graph/filterGraph.ts';
import { DEFAULT_VIEW } from '../view/viewState.ts';
import { assignGroups, followsRelations, GROUPINGS } from './assignGroups.ts';
import { detectCommunities } from './detectCommunities.ts';
import { groupPlacing, placingOf } from './groupPlacing.ts';
import { placeGroups } from './placeGroups.ts';

const synthetic = generateSyntheticDataset(300, 5);
const index = indexDataset(synthetic);
const communities = detectCommunities(synthetic);

describe('where the overview places its groups', () => {
  it('orders groups largest first as the whole dataset has them, a group only a filter makes apart', () => {
    const whole = new Map([
      ['a', 'x'],
      ['b', 'y'],
      ['c', 'y'],
      ['d', 'w'],
    ]);
    expect(placingOf(whole, new Map([['c', 'y']]))).toEqual({
      keys: ['y', 'x', 'w'],
      made: [],
      members: new Map([
        ['x', 1],
        ['y', 2],
        ['w', 1],
      ]),
    });
    expect(placingOf(whole, new Map([['c', 'z']]))).toMatchObject({
      keys: ['y', 'x', 'w'],
      made: ['z'],
    });
  });

  test.prop([fc.constantFrom(...GROUPINGS), fc.subarray([...ENTITY_KINDS], { minLength: 1 })])(
    'places every group where it is unfiltered, whatever kinds are shown',
    (grouping, kinds) => {
      const whole = assignGroups(index, filterGraph(index, DEFAULT_VIEW), grouping, communities);
      const unfiltered = groupPlacing(index, grouping, communities, whole);
      const visible = filterGraph(index, { ...DEFAULT_VIEW, entityKinds: kinds });
      const current = assignGroups(index, visible, grouping, communities);
      const filtered = groupPlacing(index, grouping, communities, current);
      // The whole dataset's groups keep their order and sizes; only a group a filter
      // makes (by state or continent, topics with no visible neighbour are gathered by
      // kind) is new.
      expect(filtered.keys).toEqual(unfiltered.keys);
      for (const key of unfiltered.keys)
        expect(filtered.members.get(key)).toBe(unfiltered.members.get(key));
      expect(new Set(filtered.made)).toEqual(
        new Set([...current.values()].filter((key) => !unfiltered.members.has(key))),
      );
      if (!followsRelations(grouping)) expect(filtered.made).toEqual([]);
      // And so they are drawn where they were.
      const before = placeGroups(unfiltered, new Map());
      const after = placeGroups(filtered, new Map());
      for (const key of unfiltered.keys) expect(after.get(key)).toEqual(before.get(key));
    },
  );
});
