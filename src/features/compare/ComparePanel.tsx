import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../domain/dataset/datasetSchema.ts';
import { formatDate } from '../../domain/dates/formatDate.ts';
import type { Period } from '../../domain/compare/comparePeriods.ts';
import { encodeView } from '../../domain/view/viewCodec.ts';
import { DEFAULT_VIEW } from '../../domain/view/viewState.ts';
import { useComparison } from '../../store/useComparison.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useTimeline } from '../../store/useTimeline.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { CompareChanges } from './CompareChanges.tsx';
import { CompareForm } from './CompareForm.tsx';
import './compare.css';

/**
 * "Compare periods", under the timeline: periods A and B and the threshold, then what
 * became of each tie, grouped, with the evidence of both periods side by side.
 */
export function ComparePanel({
  renderEvidence,
}: {
  renderEvidence: (relation: Relation) => ReactNode;
}) {
  const { t } = useTranslation();
  const language = useNameLanguage();
  const compare = useViewStore((s) => s.view.compare);
  const comparison = useComparison();
  const headingId = useId();
  const hasDates = useTimeline().buckets.length > 0;
  const period = (p: Period) =>
    t('compare.period', { from: formatDate(p.from, language), to: formatDate(p.to, language) });

  // Nothing dated, nothing to compare: the timeline already says so, and the graph keeps the room.
  if (!hasDates && compare === null) return null;
  return (
    <details className="compare-panel" open={compare !== null}>
      <summary>
        <h2 id={headingId}>{t('compare.title')}</h2>
        {compare !== null && (
          <span className="compare-periods">
            {' '}
            {t('compare.comparing', { a: period(compare.a), b: period(compare.b) })}
          </span>
        )}
      </summary>
      <section aria-labelledby={headingId}>
        <p className="compare-intro">{t('compare.intro')}</p>
        {/* A new comparison from the link (Back, a pasted link) starts the form afresh. */}
        <CompareForm
          key={compare === null ? 'none' : encodeView({ ...DEFAULT_VIEW, compare })}
          compare={compare}
        />
        {comparison !== null && (
          <CompareChanges comparison={comparison} renderEvidence={renderEvidence} />
        )}
      </section>
    </details>
  );
}
