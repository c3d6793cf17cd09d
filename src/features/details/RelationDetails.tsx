import { sourceLanguageOf } from '../../domain/dataset/indexDataset.ts';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../domain/dataset/datasetSchema.ts';
import { classifyRelation } from '../../domain/relations/classifyRelation.ts';
import { RELATION_KINDS } from '../../domain/relations/relationKinds.ts';
import { pickedLanguage, pickText } from '../../domain/text/pickText.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { relationTitle } from '../../i18n/itemTitle.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { Badge } from '../../components/Badge.tsx';
import { Unknown } from '../../components/Unknown.tsx';
import { DateValue } from './DateValue.tsx';
import { EntityButton } from './EntityButton.tsx';
import { CitationList } from './CitationList.tsx';
import { AttributeList } from './AttributeList.tsx';
import { CodedFacts } from './CodedFacts.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { SourcesFact } from './SourcesFact.tsx';

/** A relation: its ends, its classification, its modality, and the excerpts behind it. */
export function RelationDetails({ relation }: { relation: Relation }) {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const { stance, quadClass, cameoRoot, modality, arrows } = classifyRelation(relation);
  const kind = RELATION_KINDS[relation.kind];
  const source = index.entityById.get(relation.source);
  const target = index.entityById.get(relation.target);
  const sourceLanguage = sourceLanguageOf(index, relation);

  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">
        <Badge>{t('details.relation')}</Badge>{' '}
        <Badge tone={stance}>{t(`terms.stance.${stance}`)}</Badge>{' '}
        <Badge tone={modality}>{t(`terms.modality.${modality}`)}</Badge>
      </p>
      <h2 id="details-title" tabIndex={-1}>
        {relationTitle(t, index, relation, language)}
      </h2>
      {modality === 'hedged' && <p className="hedged-note">{t('details.hedgedNote')}</p>}
      <dl className="facts">
        <dt>{kind.direction === 'symmetric' ? t('details.between') : t('details.from')}</dt>
        <dd>{source !== undefined && <EntityButton entity={source} />}</dd>
        <dt>{kind.direction === 'symmetric' ? t('details.and') : t('details.to')}</dt>
        <dd>{target !== undefined && <EntityButton entity={target} />}</dd>
        <SourcesFact item={relation} />
        <dt>{t('details.kind')}</dt>
        <dd>{t(`terms.relationKind.${relation.kind}`)}</dd>
        {relation.role !== undefined && (
          <>
            <dt>{t('details.office')}</dt>
            <dd>{pickText(relation.role, language)}</dd>
          </>
        )}
        <dt>{t('details.direction')}</dt>
        <dd>{t(`details.directions.${arrows}`)}</dd>
        {kind.category === 'interaction' && (
          <>
            <dt>{t('details.cameo')}</dt>
            <dd>
              {relation.cameo == null || cameoRoot === null ? (
                <span className="unknown">{t('details.notCoded')}</span>
              ) : (
                t('details.cameoCode', {
                  code: relation.cameo,
                  root: t(`terms.cameo.${cameoRoot}`),
                })
              )}
            </dd>
            <dt>{t('details.quadClass')}</dt>
            <dd>
              {quadClass === null ? (
                <span className="unknown">{t('details.notCoded')}</span>
              ) : (
                t(`terms.quadClass.${quadClass}`)
              )}
            </dd>
          </>
        )}
        <dt>{t('details.date')}</dt>
        <dd>
          {relation.start === undefined && relation.end === undefined ? (
            <Unknown />
          ) : (
            <>
              <DateValue claim={relation.start} sourceLanguage={sourceLanguage} />
              {relation.end !== undefined && (
                <>
                  {` ${t('details.dateTo')} `}
                  <DateValue claim={relation.end} sourceLanguage={sourceLanguage} />
                </>
              )}
            </>
          )}
        </dd>
        {relation.confidence !== undefined && (
          <>
            <dt>{t('details.confidence')}</dt>
            <dd>{t(`terms.confidence.${relation.confidence}`)}</dd>
          </>
        )}
      </dl>
      {relation.note !== undefined && (
        <p className="note" lang={pickedLanguage(relation.note, language)}>
          {pickText(relation.note, language)}
        </p>
      )}
      <CodedFacts relation={relation} />
      <AttributeList item={relation} />
      {(relation.evidence.length > 0 || (relation.citations?.length ?? 0) === 0) && (
        <>
          <h3>{t('details.evidence', { count: relation.evidence.length })}</h3>
          <EvidenceList evidence={relation.evidence} />
        </>
      )}
      {relation.citations !== undefined && relation.citations.length > 0 && (
        <>
          <h3>{t('citations.heading', { count: relation.citations.length })}</h3>
          {relation.evidence.length === 0 && (
            <p className="only-cited">{t('citations.onlyCited')}</p>
          )}
          <CitationList citations={relation.citations} />
        </>
      )}
    </article>
  );
}
