import { useShallow } from 'zustand/react/shallow';
import type { ViewState } from '../domain/view/viewState.ts';
import { useViewStore } from './useViewStore.ts';

/**
 * Some fields of the view, as one object that stays the same while they do: a
 * component that reads only these re-renders when one of them changes, not on every
 * selection, pan or keystroke (the filter panel of a large dataset holds thousands of
 * options, and re-rendering it cost each selection ~50 ms at 20,000 entities).
 */
export function useViewFields<const F extends keyof ViewState>(
  fields: readonly F[],
): Pick<ViewState, F> {
  return useViewStore(
    useShallow(
      (s) =>
        Object.fromEntries(fields.map((field) => [field, s.view[field]])) as Pick<ViewState, F>,
    ),
  );
}
