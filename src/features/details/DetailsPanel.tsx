import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { EntityDetails } from './EntityDetails.tsx';
import { RelationDetails } from './RelationDetails.tsx';

/** The selected entity or relation, with every excerpt behind it. */
export function DetailsPanel() {
  const index = useDatasetIndex();
  const selection = useViewStore((s) => s.selection);
  const clearSelection = useViewStore((s) => s.clearSelection);
  const entity = selection?.type === 'entity' ? index.entityById.get(selection.id) : undefined;
  const relation =
    selection?.type === 'relation' ? index.relationById.get(selection.id) : undefined;

  return (
    <aside className="details-panel" aria-label="Details">
      {entity === undefined && relation === undefined ? (
        <p className="placeholder">
          Select an entity or a relation, in the graph or the list, to read the evidence behind it.
        </p>
      ) : (
        <>
          <button
            type="button"
            className="close"
            onClick={clearSelection}
            aria-label="Close details"
          >
            ×
          </button>
          {entity !== undefined && <EntityDetails entity={entity} />}
          {relation !== undefined && <RelationDetails relation={relation} />}
        </>
      )}
    </aside>
  );
}
