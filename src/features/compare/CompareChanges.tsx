import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  countByStatus,
  TIE_STATUSES,
  type ComparedTie,
  type Comparison,
  type TieSide,
  type TieStatus,
} from '../../domain/compare/comparePeriods.ts';
import type { Relation } from '../../domain/dataset/datasetSchema.ts';
import { relationsOf } from '../../domain/dataset/indexDataset.ts';
import { entityName } from '../../domain/relations/relationTitle.ts';
import { isolateBidi } from '../../domain/text/isolateBidi.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { relationTitle } from '../../i18n/itemTitle.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';

/** Past this many ties a group says how many more there are instead of listing them. */
const MAX_LISTED = 50;

interface CompareChangesProps {
  comparison: Comparison;
  /** The excerpts behind a relation, as the details panel shows them. */
  renderEvidence: (relation: Relation) => ReactNode;
}

/** The ties of a comparison grouped by what became of them, each with the evidence of both periods side by side. */
export function CompareChanges({ comparison, renderEvidence }: CompareChangesProps) {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const select = useViewStore((s) => s.select);
  const name = (id: string) => isolateBidi(entityName(index, id, language));
  const counts = countByStatus(comparison);
  const groupId = useId();

  const side = (label: string, tieSide: TieSide) => (
    <div className="compare-side">
      <p className="compare-side-label">{label}</p>
      {tieSide.relations.length === 0 ? (
        <p className="compare-none">{t('compare.nothingInSide')}</p>
      ) : (
        <ul>
          {relationsOf(index, tieSide.relations).map((relation) => (
            <li key={relation.id}>
              <button type="button" className="link-button" onClick={() => select(relation.id)}>
                {relationTitle(t, index, relation, language)}
              </button>
              {renderEvidence(relation)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  const tieItem = (tie: ComparedTie) => (
    <li key={tie.id} className="compare-tie">
      <h4>
        {name(tie.ends[0])} — {name(tie.ends[1])}
      </h4>
      <p className="compare-counts">
        {t('compare.counts', { a: tie.a.relations.length, b: tie.b.relations.length })}
        {tie.reasons.length > 0 && (
          <>
            {' · '}
            {t('compare.reasons', {
              reasons: tie.reasons.map((reason) => t(`compare.reason.${reason}`)).join(', '),
            })}
          </>
        )}
      </p>
      <div className="compare-sides">
        {side(t('compare.sideA'), tie.a)}
        {side(t('compare.sideB'), tie.b)}
      </div>
    </li>
  );

  const group = (status: TieStatus) => {
    const ties = comparison.ties.filter((tie) => tie.status === status);
    const heading = `${t(`compare.group.${status}`)} (${counts[status]})`;
    const list = (
      <ul className="compare-ties">
        {ties.slice(0, MAX_LISTED).map(tieItem)}
        {ties.length > MAX_LISTED && (
          <li>{t('notices.more', { count: ties.length - MAX_LISTED })}</li>
        )}
      </ul>
    );
    if (ties.length === 0) return null;
    // Kept ties are what did not change: there to check, folded away.
    return status === 'kept' ? (
      <details key={status} className="compare-group">
        <summary>{heading}</summary>
        {list}
      </details>
    ) : (
      <section key={status} className="compare-group" aria-labelledby={`${groupId}-${status}`}>
        <h3 id={`${groupId}-${status}`}>{heading}</h3>
        {list}
      </section>
    );
  };

  return (
    <div className="compare-changes">
      <p className="compare-summary" role="status">
        {comparison.ties.length === 0 ? t('compare.noTies') : t('compare.summary', counts)}
      </p>
      {TIE_STATUSES.map(group)}
      {comparison.undated.length > 0 && (
        <details className="compare-group compare-undated">
          <summary>{t('compare.undated', { count: comparison.undated.length })}</summary>
          <ul>
            {relationsOf(index, comparison.undated).map((relation) => (
              <li key={relation.id}>
                <button type="button" className="link-button" onClick={() => select(relation.id)}>
                  {relationTitle(t, index, relation, language)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
