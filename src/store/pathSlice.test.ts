import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../domain/view/viewState.ts';
import { useViewStore } from './useViewStore.ts';

beforeEach(() => {
  useViewStore.setState({ view: DEFAULT_VIEW, historyMode: 'none', pathDraft: null });
});

const state = () => useViewStore.getState();

describe('asking for paths', () => {
  it('asks once both ends are chosen, showing the first path, as a history step', () => {
    state().openPaths('sergey-lavrov');
    expect(state().pathDraft).toEqual({ from: 'sergey-lavrov', to: null });
    expect(state().view.path).toBeNull();
    state().choosePathEnd('to', 'choe-son-hui');
    expect(state().pathDraft).toBeNull();
    expect(state().view.path).toEqual({ from: 'sergey-lavrov', to: 'choe-son-hui', shown: 1 });
    expect(state().historyMode).toBe('push');
  });

  it('changes one end of a question already asked, back to its first path', () => {
    state().setView({ path: { from: 'russia', to: 'north-korea', shown: 2 } });
    state().choosePathEnd('to', 'the-west');
    expect(state().view.path).toEqual({ from: 'russia', to: 'the-west', shown: 1 });
  });

  it('does not ask how an entity is connected to itself', () => {
    state().setView({ path: { from: 'russia', to: 'north-korea', shown: 1 } });
    state().choosePathEnd('to', 'russia');
    expect(state().view.path).toBeNull();
    expect(state().pathDraft).toEqual({ from: 'russia', to: 'russia' });
  });

  it('swaps the ends, switches the path shown, and closes', () => {
    state().setView({ path: { from: 'russia', to: 'north-korea', shown: 1 } });
    state().swapPathEnds();
    expect(state().view.path).toMatchObject({ from: 'north-korea', to: 'russia' });
    state().showPath(3);
    expect(state().view.path?.shown).toBe(3);
    state().closePaths();
    expect(state().view.path).toBeNull();
    expect(state().pathDraft).toBeNull();
  });

  it('opens an empty question without dropping one already asked', () => {
    state().openPaths();
    expect(state().pathDraft).toEqual({ from: null, to: null });
    state().closePaths();
    state().setView({ path: { from: 'russia', to: 'north-korea', shown: 2 } });
    state().openPaths();
    expect(state().pathDraft).toBeNull();
    expect(state().view.path?.shown).toBe(2);
  });

  it('opens an excerpt of a relation on a path in the reader in one step', () => {
    state().readExcerptOf('russia-west-tensions', 1);
    expect(state().view).toMatchObject({ selected: 'russia-west-tensions', reading: 1 });
  });
});
