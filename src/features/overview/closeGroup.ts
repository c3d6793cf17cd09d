import type { GroupGraph } from '../../domain/overview/groupGraph.ts';
import { useViewStore } from '../../store/useViewStore.ts';

/**
 * Closes an open group or part, from its button or its hub. The selection's group
 * (and part) stays open while it is selected, so closing it lets go of the selection
 * first.
 */
export function closeGroup(key: string, graph: Pick<GroupGraph, 'groupOf' | 'partOf'>): void {
  const { view, clearSelection, closeGroup: close } = useViewStore.getState();
  const selected = view.selected;
  if (
    selected !== null &&
    (graph.groupOf.get(selected) === key || graph.partOf.get(selected) === key)
  )
    clearSelection();
  close(key);
}
