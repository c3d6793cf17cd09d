import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../../../scripts/synth/generateSyntheticDataset.ts';
import { ENTITY_KINDS } from '../dataset/datasetVocabulary.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { filterGraph } from '../graph/filterGraph.ts';
import { DEFAULT_VIEW } from '../view/viewState.ts';
import { assignGroups, GROUPINGS } from './assignGroups.ts';
import { detectCommunities } from './detectCommunities.ts';
import { groupPlacing, placingOf } from './groupPlacing.ts';

const synthetic = generateSyntheticDataset(300, 5);
const index = indexDataset(synthetic);
const communities = detectCommunities(synthetic);

describe('where the overview places its groups', () => {
  it('orders groups as the whole dataset does, a group only a filter makes last', () => {
    const whole = new Map([
      ['a', 'x'],
      ['b', 'y'],
      ['c', 'y'],
    ]);
    expect(placingOf(whole, new Map([['c', 'y']]))).toEqual({ keys: ['x', 'y'], largest: 2 });
    expect(placingOf(whole, new Map([['c', 'z']]))).toEqual({ keys: ['x', 'y', 'z'], largest: 2 });
  });

  test.prop([fc.constantFrom(...GROUPINGS), fc.subarray([...ENTITY_KINDS], { minLength: 1 })])(
    'places every group where it is unfiltered, whatever kinds are shown',
    (grouping, kinds) => {
      const whole = assignGroups(index, filterGraph(index, DEFAULT_VIEW), grouping, communities);
      const unfiltered = groupPlacing(index, grouping, communities, whole);
      const visible = filterGraph(index, { ...DEFAULT_VIEW, entityKinds: kinds });
      const filtered = groupPlacing(
        index,
        grouping,
        communities,
        assignGroups(index, visible, grouping, communities),
      );
      // Every group of the whole dataset keeps its place in the order, and the spacing
      // stays unless a filter makes a group larger than any of the whole dataset's (by
      // state, topics with no visible neighbour are gathered by kind).
      expect(filtered.keys.slice(0, unfiltered.keys.length)).toEqual(unfiltered.keys);
      const sizes = new Map<string, number>();
      for (const key of assignGroups(index, visible, grouping, communities).values())
        sizes.set(key, (sizes.get(key) ?? 0) + 1);
      expect(filtered.largest).toBe(Math.max(unfiltered.largest, ...sizes.values()));
      if (grouping !== 'state') expect(filtered.largest).toBe(unfiltered.largest);
    },
  );
});
