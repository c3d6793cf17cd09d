import { sourceLanguageOf } from '../../domain/dataset/indexDataset.ts';
import { STANCE_LABELS } from '../../domain/relations/relationKinds.ts';
import type { Relation } from '../../domain/dataset/datasetSchema.ts';
import { classifyRelation } from '../../domain/relations/classifyRelation.ts';
import { CAMEO_ROOTS, QUAD_CLASS_LABELS } from '../../domain/relations/quadClass.ts';
import { RELATION_KINDS } from '../../domain/relations/relationKinds.ts';
import { relationTitle } from '../../domain/relations/relationTitle.ts';
import { pickText } from '../../domain/text/pickText.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { Badge } from '../../components/Badge.tsx';
import { Unknown } from '../../components/Unknown.tsx';
import { DateValue } from './DateValue.tsx';
import { EntityButton } from './EntityButton.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { SourcesFact } from './SourcesFact.tsx';

const DIRECTION_LABELS = {
  none: 'No direction',
  forward: 'From the first to the second',
  both: 'Mutual: both ways',
} as const;

/** A relation: its ends, its classification, its modality, and the excerpts behind it. */
export function RelationDetails({ relation }: { relation: Relation }) {
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
        <Badge>Relation</Badge> <Badge tone={stance}>{STANCE_LABELS[stance]}</Badge>{' '}
        <Badge tone={modality}>{modality === 'hedged' ? 'Hedged' : 'Stated'}</Badge>
      </p>
      <h2 id="details-title" tabIndex={-1}>
        {relationTitle(index, relation, language)}
      </h2>
      {modality === 'hedged' && (
        <p className="hedged-note">
          Hedged: the source suggests this relation but does not assert it.
        </p>
      )}
      <dl className="facts">
        <dt>{kind.direction === 'symmetric' ? 'Between' : 'From'}</dt>
        <dd>{source !== undefined && <EntityButton entity={source} />}</dd>
        <dt>{kind.direction === 'symmetric' ? 'And' : 'To'}</dt>
        <dd>{target !== undefined && <EntityButton entity={target} />}</dd>
        <SourcesFact item={relation} />
        <dt>Kind</dt>
        <dd>{kind.label}</dd>
        {relation.role !== undefined && (
          <>
            <dt>Office</dt>
            <dd>{pickText(relation.role, language)}</dd>
          </>
        )}
        <dt>Direction</dt>
        <dd>{DIRECTION_LABELS[arrows]}</dd>
        {kind.category === 'interaction' && (
          <>
            <dt>CAMEO</dt>
            <dd>
              {relation.cameo == null || cameoRoot === null ? (
                <span className="unknown">not coded</span>
              ) : (
                `${relation.cameo} · ${CAMEO_ROOTS[cameoRoot]}`
              )}
            </dd>
            <dt>QuadClass</dt>
            <dd>
              {quadClass === null ? (
                <span className="unknown">not coded</span>
              ) : (
                QUAD_CLASS_LABELS[quadClass]
              )}
            </dd>
          </>
        )}
        <dt>Date</dt>
        <dd>
          {relation.start === undefined && relation.end === undefined ? (
            <Unknown />
          ) : (
            <>
              <DateValue claim={relation.start} sourceLanguage={sourceLanguage} />
              {relation.end !== undefined && (
                <>
                  {' to '}
                  <DateValue claim={relation.end} sourceLanguage={sourceLanguage} />
                </>
              )}
            </>
          )}
        </dd>
        {relation.confidence !== undefined && (
          <>
            <dt>Confidence</dt>
            <dd>{relation.confidence}</dd>
          </>
        )}
      </dl>
      {relation.note !== undefined && <p className="note">{pickText(relation.note, language)}</p>}
      <h3>Evidence ({relation.evidence.length})</h3>
      <EvidenceList evidence={relation.evidence} />
    </article>
  );
}
