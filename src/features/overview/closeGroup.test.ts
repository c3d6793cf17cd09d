import { beforeEach, describe, expect, it } from 'vitest';
import { bundledDataset } from '../../testSupport/bundledDataset.ts';
import { indexDataset } from '../../domain/dataset/indexDataset.ts';
import { DEFAULT_VIEW } from '../../domain/view/viewState.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { closeGroup, heldBySelection } from './closeGroup.ts';

const index = indexDataset(bundledDataset('lavrov-choe'));
// Lavrov in a part of group a, Russia in group b (a made-up placing of the seed).
const graph = {
  groupOf: new Map([
    ['sergey-lavrov', 'a'],
    ['russia', 'b'],
  ]),
  partOf: new Map([['sergey-lavrov', 'a--official']]),
};

beforeEach(() => {
  useViewStore.setState({ view: DEFAULT_VIEW, historyMode: 'none', notices: [] });
});

describe('closing a group the selection holds open', () => {
  it('finds the groups and parts of a selected entity, or of both ends of a relation', () => {
    expect(heldBySelection(index, graph, null)).toEqual([]);
    expect(heldBySelection(index, graph, 'sergey-lavrov')).toEqual(['a', 'a--official']);
    expect(heldBySelection(index, graph, 'lavrov-holds-office')).toEqual(['a', 'a--official', 'b']);
  });

  it('lets go of a selected relation when the group of either end closes', () => {
    useViewStore.setState({
      view: { ...DEFAULT_VIEW, selected: 'lavrov-holds-office', openGroups: ['b', 'c'] },
    });
    closeGroup('b', graph, index);
    expect(useViewStore.getState().view).toMatchObject({ selected: null, openGroups: ['c'] });
  });

  it('keeps the selection when another group closes', () => {
    useViewStore.setState({
      view: { ...DEFAULT_VIEW, selected: 'lavrov-holds-office', openGroups: ['c'] },
    });
    closeGroup('c', graph, index);
    expect(useViewStore.getState().view).toMatchObject({
      selected: 'lavrov-holds-office',
      openGroups: [],
    });
  });
});
