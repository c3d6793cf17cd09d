import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../domain/dataset/indexDataset.ts';
import { DEFAULT_VIEW } from '../domain/view/viewState.ts';
import { seedDataset } from '../testSupport/seedDataset.ts';
import { keepPins, storedPins } from './pinStorage.ts';
import { useViewStore } from './useViewStore.ts';

const index = indexDataset(seedDataset());
const stored = new Map<string, string>();

beforeEach(() => {
  stored.clear();
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
      removeItem: (key: string) => stored.delete(key),
    },
  });
  useViewStore.setState({
    view: { ...DEFAULT_VIEW, data: 'lavrov-choe', dataVersion: 'v1' },
    historyMode: 'none',
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('pins kept in the browser', () => {
  it('are written as they change, per dataset and version, and read back', () => {
    const stop = keepPins('lavrov-choe', 'v1', () => true);
    useViewStore.getState().pin('russia', 12, -8);
    stop();
    expect(stored.get('diplograph:pins:lavrov-choe@v1')).toBe('russia:12:-8');
    expect(storedPins(index, 'v1')).toEqual([{ id: 'russia', x: 12, y: -8 }]);
    expect(storedPins(index, 'v2')).toEqual([]);
  });

  it('are not wiped when another dataset is opened', () => {
    stored.set('diplograph:pins:lavrov-choe@v1', 'russia:1:1');
    const stop = keepPins('lavrov-choe', 'v1', () => true);
    useViewStore.getState().setView({ ...DEFAULT_VIEW, data: 'fictional-veld' });
    stop();
    expect(stored.get('diplograph:pins:lavrov-choe@v1')).toBe('russia:1:1');
  });

  it('leave out entities the dataset no longer has, and survive garbage', () => {
    stored.set('diplograph:pins:lavrov-choe@v1', 'atlantis:1:1,russia:2:3,<junk>');
    expect(storedPins(index, 'v1')).toEqual([{ id: 'russia', x: 2, y: 3 }]);
  });

  it('are cleared from storage by Unpin all', () => {
    const stop = keepPins('lavrov-choe', 'v1', () => true);
    useViewStore.getState().pin('russia', 1, 1);
    useViewStore.getState().unpinAll();
    stop();
    expect(stored.has('diplograph:pins:lavrov-choe@v1')).toBe(false);
  });
});
