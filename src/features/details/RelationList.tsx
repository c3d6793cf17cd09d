import { useTranslation } from 'react-i18next';
import type { Relation } from '../../domain/dataset/datasetSchema.ts';
import { classifyRelation } from '../../domain/relations/classifyRelation.ts';
import { pickedLanguage, pickText } from '../../domain/text/pickText.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { relationTitle } from '../../i18n/itemTitle.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { Badge } from '../../components/Badge.tsx';
import { LongList } from '../../components/LongList.tsx';

/** Relations as selectable sentences, each with its stance and modality; a hub's in pages. */
export function RelationList({ relations }: { relations: readonly Relation[] }) {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const select = useViewStore((s) => s.select);
  return (
    <LongList
      className="relation-list"
      items={relations}
      keyOf={(relation) => relation.id}
      render={(relation) => {
        const { stance, modality } = classifyRelation(relation);
        return (
          <>
            <button type="button" className="link-button" onClick={() => select(relation.id)}>
              {relationTitle(t, index, relation, language)}
            </button>{' '}
            <Badge tone={stance}>{t(`terms.stance.${stance}`)}</Badge>
            {modality === 'hedged' && <Badge tone="hedged">{t('details.hedged')}</Badge>}
            {relation.note !== undefined && (
              <bdi className="relation-note" lang={pickedLanguage(relation.note, language)}>
                {pickText(relation.note, language)}
              </bdi>
            )}
          </>
        );
      }}
    />
  );
}
