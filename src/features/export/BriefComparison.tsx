import { useTranslation } from 'react-i18next';
import { countByStatus, type Comparison } from '../../domain/compare/comparePeriods.ts';
import type { DatasetIndex } from '../../domain/dataset/indexDataset.ts';
import { formatDate } from '../../domain/dates/formatDate.ts';
import { comparisonBrief } from '../../domain/export/comparisonBrief.ts';
import type { BriefItem as Item } from '../../domain/export/evidenceBrief.ts';
import { entityName } from '../../domain/relations/relationTitle.ts';
import type { CompareQuery } from '../../domain/view/viewState.ts';
import { BriefItem } from './BriefItem.tsx';

interface BriefComparisonProps {
  index: DatasetIndex;
  query: CompareQuery;
  comparison: Comparison;
  language: string;
}

/** The comparison of two periods in the evidence brief: each change with the evidence of A and of B. */
export function BriefComparison({ index, query, comparison, language }: BriefComparisonProps) {
  const { t } = useTranslation();
  const brief = comparisonBrief(index, comparison);
  const period = (p: CompareQuery['a']) =>
    t('compare.period', { from: formatDate(p.from, language), to: formatDate(p.to, language) });
  const side = (label: string, items: Item[]) => (
    <div className="brief-compare-side">
      <h5>{label}</h5>
      {items.length === 0 ? (
        <p className="unknown">{t('compare.nothingInSide')}</p>
      ) : (
        items.map((item) => (
          <BriefItem
            key={item.type === 'relation' ? item.relation.id : item.entity.id}
            index={index}
            item={item}
            language={language}
          />
        ))
      )}
    </div>
  );
  return (
    <section className="brief-comparison">
      <h3>{t('compare.title')}</h3>
      <p>
        {t('compare.comparing', { a: period(query.a), b: period(query.b) })} ·{' '}
        {t('compare.summary', countByStatus(comparison))}
        {comparison.undated.length > 0 && (
          <> · {t('compare.undated', { count: comparison.undated.length })}</>
        )}
      </p>
      {brief.ties.map(({ tie, a, b }) => (
        <section key={tie.id} className="brief-compare-tie">
          <h4>
            {entityName(index, tie.ends[0], language)} — {entityName(index, tie.ends[1], language)}:{' '}
            {t(`compare.group.${tie.status}`)}
          </h4>
          <p>
            {t('compare.counts', { a: tie.a.relations.length, b: tie.b.relations.length })}
            {tie.reasons.length > 0 &&
              ` · ${t('compare.reasons', {
                reasons: tie.reasons.map((reason) => t(`compare.reason.${reason}`)).join(', '),
              })}`}
          </p>
          {side(t('compare.sideA'), a)}
          {side(t('compare.sideB'), b)}
        </section>
      ))}
      {brief.omitted > 0 && <p>{t('notices.more', { count: brief.omitted })}</p>}
    </section>
  );
}
