import { beforeEach, expect, it } from 'vitest';
import { useViewStore } from './useViewStore.ts';

beforeEach(() => {
  useViewStore.setState({ selection: null, reading: null });
});

it('selects an entity, then a relation, replacing the first', () => {
  const { select } = useViewStore.getState();
  select({ type: 'entity', id: 'sergey-lavrov' });
  select({ type: 'relation', id: 'russia-west-tensions' });
  expect(useViewStore.getState().selection).toEqual({
    type: 'relation',
    id: 'russia-west-tensions',
  });
});

it('closes the reader when the selection is cleared', () => {
  const { select, openReader, clearSelection } = useViewStore.getState();
  select({ type: 'entity', id: 'russia' });
  openReader({ articleId: 'a', excerpt: null });
  clearSelection();
  expect(useViewStore.getState()).toMatchObject({ selection: null, reading: null });
});
