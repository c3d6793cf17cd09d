import type { Relation } from '../../domain/dataset/datasetSchema.ts';
import { classifyRelation } from '../../domain/relations/classifyRelation.ts';
import { relationTitle } from '../../domain/relations/relationTitle.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { STANCE_LOOKS } from '../../graph-view/graphPalette.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { Badge } from '../../components/Badge.tsx';

/** Relations as selectable sentences, each with its stance and modality. */
export function RelationList({ relations }: { relations: readonly Relation[] }) {
  const index = useDatasetIndex();
  const language = useViewStore((s) => s.language);
  const select = useViewStore((s) => s.select);
  return (
    <ul className="relation-list">
      {relations.map((relation) => {
        const { stance, modality } = classifyRelation(relation);
        return (
          <li key={relation.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => select({ type: 'relation', id: relation.id })}
            >
              {relationTitle(index, relation, language)}
            </button>{' '}
            <Badge tone={stance}>{STANCE_LOOKS[stance].label}</Badge>
            {modality === 'hedged' && <Badge tone="hedged">hedged</Badge>}
          </li>
        );
      })}
    </ul>
  );
}
