import { STANCE_LABELS } from '../../domain/relations/relationKinds.ts';
import type { Relation } from '../../domain/dataset/datasetSchema.ts';
import { classifyRelation } from '../../domain/relations/classifyRelation.ts';
import { relationTitle } from '../../domain/relations/relationTitle.ts';
import { pickText } from '../../domain/text/pickText.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { Badge } from '../../components/Badge.tsx';

/** Relations as selectable sentences, each with its stance and modality. */
export function RelationList({ relations }: { relations: readonly Relation[] }) {
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const select = useViewStore((s) => s.select);
  return (
    <ul className="relation-list">
      {relations.map((relation) => {
        const { stance, modality } = classifyRelation(relation);
        return (
          <li key={relation.id}>
            <button type="button" className="link-button" onClick={() => select(relation.id)}>
              {relationTitle(index, relation, language)}
            </button>{' '}
            <Badge tone={stance}>{STANCE_LABELS[stance]}</Badge>
            {modality === 'hedged' && <Badge tone="hedged">hedged</Badge>}
            {relation.note !== undefined && (
              <bdi className="relation-note">{pickText(relation.note, language)}</bdi>
            )}
          </li>
        );
      })}
    </ul>
  );
}
