import { describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../dataset/indexDataset.ts';
import { seedDataset } from '../../testSupport/seedDataset.ts';
import { keptResults, keyOfFields } from './keptResults.ts';

interface View {
  kinds: string[];
  selected: string | null;
}

describe('keptResults', () => {
  const compute = () => vi.fn((_index: unknown, view: View) => ({ kinds: [...view.kinds] }));

  it('computes once per key, whatever the fields it does not read', () => {
    const count = compute();
    const of = keptResults(keyOfFields<View>(['kinds']), count);
    const index = indexDataset(seedDataset());
    const first = of(index, { kinds: ['state'], selected: null });
    expect(of(index, { kinds: ['state'], selected: 'russia' })).toBe(first);
    expect(count).toHaveBeenCalledTimes(1);
  });

  it('keeps as many keys as asked, the latest used', () => {
    const count = compute();
    const of = keptResults(keyOfFields<View>(['kinds']), count, 2);
    const index = indexDataset(seedDataset());
    const [a, b, c] = [['state'], ['bloc'], ['meeting']].map((kinds) => ({
      kinds,
      selected: null,
    }));
    const first = of(index, a!);
    of(index, b!);
    expect(of(index, a!)).toBe(first);
    of(index, c!);
    expect(of(index, a!)).toBe(first);
    expect(count).toHaveBeenCalledTimes(3);
    of(index, b!);
    expect(count).toHaveBeenCalledTimes(4);
  });

  it('starts afresh for another dataset', () => {
    const count = compute();
    const of = keptResults(keyOfFields<View>(['kinds']), count, 2);
    const view = { kinds: ['state'], selected: null };
    const first = of(indexDataset(seedDataset()), view);
    expect(of(indexDataset(seedDataset()), view)).not.toBe(first);
    expect(count).toHaveBeenCalledTimes(2);
  });
});
