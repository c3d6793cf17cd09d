import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../domain/dataset/datasetSchema.ts';
import type { EntityPath } from '../../domain/graph/shortestPaths.ts';
import { classifyRelation } from '../../domain/relations/classifyRelation.ts';
import { RELATION_KINDS } from '../../domain/relations/relationKinds.ts';
import { isolateBidi } from '../../domain/text/isolateBidi.ts';
import { entityName } from '../../domain/relations/relationTitle.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { relationTitle } from '../../i18n/itemTitle.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { Badge } from '../../components/Badge.tsx';

interface EvidenceChainProps {
  path: EntityPath;
  number: number;
  /** The excerpts behind a relation, as the details panel shows them. */
  renderEvidence: (relation: Relation) => ReactNode;
}

/** A path hop by hop: every relation that joins each two entities, and the excerpts behind it. */
export function EvidenceChain({ path, number, renderEvidence }: EvidenceChainProps) {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const select = useViewStore((s) => s.select);
  const headingId = useId();
  const name = (id: string) => isolateBidi(entityName(index, id, language));

  return (
    <section className="evidence-chain" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('paths.chain', { number })}</h3>
      <ol className="hops">
        {path.hops.map((hop, i) => (
          <li key={`${hop.from}-${hop.to}`} className="hop">
            <h4>{t('paths.hop', { number: i + 1, from: name(hop.from), to: name(hop.to) })}</h4>
            <p className="hop-count">
              {t('paths.relationsOnHop', { count: hop.relations.length })}
            </p>
            <ul className="hop-relations">
              {hop.relations.map(({ relation, direction }) => {
                const { stance, quadClass, cameoRoot, modality } = classifyRelation(relation);
                const isInteraction = RELATION_KINDS[relation.kind].category === 'interaction';
                return (
                  <li key={relation.id} className="hop-relation">
                    <p className="hop-relation-title">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => select(relation.id)}
                      >
                        {relationTitle(t, index, relation, language)}
                      </button>
                    </p>
                    <p className="eyebrow hop-badges">
                      <Badge>{t(`paths.direction.${direction}`)}</Badge>
                      <Badge tone={stance}>{t(`terms.stance.${stance}`)}</Badge>
                      <Badge tone={modality}>{t(`terms.modality.${modality}`)}</Badge>
                      {isInteraction && (
                        <Badge>
                          {relation.cameo == null || cameoRoot === null
                            ? t('paths.notCoded')
                            : t('paths.cameo', {
                                code: relation.cameo,
                                root: t(`terms.cameo.${cameoRoot}`),
                              })}
                        </Badge>
                      )}
                      {quadClass !== null && <Badge>{t(`terms.quadClass.${quadClass}`)}</Badge>}
                    </p>
                    {renderEvidence(relation)}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
