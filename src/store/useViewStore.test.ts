import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../domain/view/viewState.ts';
import { useViewStore } from './useViewStore.ts';

beforeEach(() => {
  useViewStore.setState({ view: DEFAULT_VIEW, historyMode: 'none', notices: [] });
});

describe('the view store', () => {
  it('selects an entity, then a relation, replacing the first, as history steps', () => {
    const { select } = useViewStore.getState();
    select('sergey-lavrov');
    select('russia-west-tensions');
    expect(useViewStore.getState()).toMatchObject({
      view: { selected: 'russia-west-tensions' },
      historyMode: 'push',
    });
  });

  it('closes the reader when the selection changes or is cleared', () => {
    const { select, openReader, clearSelection } = useViewStore.getState();
    select('russia');
    openReader(1);
    expect(useViewStore.getState().view.reading).toBe(1);
    clearSelection();
    expect(useViewStore.getState().view).toMatchObject({ selected: null, reading: null });
  });

  it('replaces rather than pushes while the analyst types or pans', () => {
    useViewStore.getState().setSearch('rus');
    expect(useViewStore.getState().historyMode).toBe('replace');
    useViewStore.getState().setViewport({ zoom: 1, x: 0, y: 0 });
    expect(useViewStore.getState().historyMode).toBe('replace');
  });

  it('toggles filter options and clears them together', () => {
    const { toggleEntityKind, toggleStance, clearFilters } = useViewStore.getState();
    toggleEntityKind('topic');
    toggleStance('structural');
    expect(useViewStore.getState().view.entityKinds).toEqual([
      'state',
      'bloc',
      'official',
      'meeting',
    ]);
    clearFilters();
    expect(useViewStore.getState().view).toMatchObject({ entityKinds: null, stances: null });
  });

  it('replaces a notice with the same id rather than stacking it', () => {
    const { addNotice, dismissNotice } = useViewStore.getState();
    addNotice({ id: 'link', text: 'a' });
    addNotice({ id: 'link', text: 'b' });
    expect(useViewStore.getState().notices).toEqual([{ id: 'link', text: 'b' }]);
    dismissNotice('link');
    expect(useViewStore.getState().notices).toEqual([]);
  });
});

describe('pins and roll-up in the view store', () => {
  it('pins, moves, unpins and clears pins, each a step in history', () => {
    const { pin, unpin, unpinAll } = useViewStore.getState();
    pin('russia', 10.2, 20.7);
    pin('north-korea', -5, 0);
    pin('russia', 30, 40);
    expect(useViewStore.getState().view.pins).toEqual([
      { id: 'russia', x: 30, y: 40 },
      { id: 'north-korea', x: -5, y: 0 },
    ]);
    expect(useViewStore.getState().historyMode).toBe('push');
    unpin('russia');
    expect(useViewStore.getState().view.pins).toEqual([{ id: 'north-korea', x: -5, y: 0 }]);
    unpinAll();
    expect(useViewStore.getState().view.pins).toEqual([]);
  });

  it('keeps the pins and the language when the view is reset, and turns roll-up off', () => {
    const { pin, setRollUp, setView, resetView } = useViewStore.getState();
    setRollUp(true);
    pin('russia', 1, 2);
    setView({ lang: 'tr' });
    resetView();
    expect(useViewStore.getState().view).toMatchObject({
      rollup: false,
      pins: [{ id: 'russia', x: 1, y: 2 }],
      lang: 'tr',
    });
  });
});

describe('open groups in the view store', () => {
  it('opens a part with its group, and closes a group with its parts', () => {
    const { openGroup, closeGroup } = useViewStore.getState();
    openGroup('c7--official');
    expect(useViewStore.getState().view.openGroups).toEqual(['c7', 'c7--official']);
    openGroup('c2');
    openGroup('c7--meeting');
    expect(useViewStore.getState().view.openGroups).toEqual([
      'c7',
      'c7--official',
      'c2',
      'c7--meeting',
    ]);
    closeGroup('c7--official');
    expect(useViewStore.getState().view.openGroups).toEqual(['c7', 'c2', 'c7--meeting']);
    closeGroup('c7');
    expect(useViewStore.getState().view.openGroups).toEqual(['c2']);
  });

  it('keeps a group open when one of its parts closes, though only the selection opened it', () => {
    useViewStore.getState().closeGroup('c7--official');
    expect(useViewStore.getState().view.openGroups).toEqual(['c7']);
  });
});
