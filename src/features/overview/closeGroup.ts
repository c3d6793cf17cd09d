import type { GroupAssignment } from '../../domain/overview/assignGroups.ts';
import { useViewStore } from '../../store/useViewStore.ts';

/**
 * Closes an open group, from its button or its hub. The selection's group stays open
 * while it is selected, so closing it lets go of the selection first.
 */
export function closeGroup(key: string, groupOf: GroupAssignment): void {
  const { view, clearSelection, closeGroup: close } = useViewStore.getState();
  if (view.selected !== null && groupOf.get(view.selected) === key) clearSelection();
  close(key);
}
