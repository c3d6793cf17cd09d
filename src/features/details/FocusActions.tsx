import { useViewStore } from '../../store/useViewStore.ts';

/** Focus on an entity's neighbourhood, or add its neighbours to the focus already set. */
export function FocusActions({ entityId }: { entityId: string }) {
  const focus = useViewStore((s) => s.view.focus);
  const expanded = useViewStore((s) => s.view.expanded);
  const { focusOn, expand } = useViewStore.getState();
  return (
    <div className="focus-actions">
      {focus !== entityId && (
        <button type="button" className="small-button" onClick={() => focusOn(entityId)}>
          Focus on neighbourhood
        </button>
      )}
      {focus !== null && focus !== entityId && !expanded.includes(entityId) && (
        <button type="button" className="small-button" onClick={() => expand(entityId)}>
          Expand neighbours
        </button>
      )}
    </div>
  );
}
