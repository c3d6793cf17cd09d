import type { DatasetIndex } from '../../domain/dataset/indexDataset.ts';
import type { GroupGraph } from '../../domain/overview/groupGraph.ts';
import { useViewStore } from '../../store/useViewStore.ts';

type Placed = Pick<GroupGraph, 'groupOf' | 'partOf'>;

/**
 * The groups and parts the selection holds open: those of a selected entity, or of
 * both ends of a selected relation.
 */
export function heldBySelection(
  index: DatasetIndex,
  graph: Placed,
  selected: string | null,
): string[] {
  if (selected === null) return [];
  const relation = index.relationById.get(selected);
  const held: string[] = [];
  for (const end of relation === undefined ? [selected] : [relation.source, relation.target])
    for (const key of [graph.groupOf.get(end), graph.partOf.get(end)])
      if (key !== undefined) held.push(key);
  return held;
}

/**
 * Closes an open group or part, from its button or its hub. The selection's groups
 * (and parts) stay open while it is selected, so closing one of them lets go of the
 * selection first.
 */
export function closeGroup(key: string, graph: Placed, index: DatasetIndex): void {
  const { view, clearSelection, closeGroup: close } = useViewStore.getState();
  if (heldBySelection(index, graph, view.selected).includes(key)) clearSelection();
  close(key);
}
