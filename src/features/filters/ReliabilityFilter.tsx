import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import {
  RELIABILITY_THRESHOLDS,
  type ReliabilityThreshold,
} from '../../domain/evidence/sourceGrade.ts';
import { useViewStore } from '../../store/useViewStore.ts';

/**
 * "Only B or better": keeps items resting on an article whose source reliability is
 * graded at least so well (Admiralty). Offered when the dataset grades an article, or
 * when a link has it on.
 */
export function ReliabilityFilter() {
  const { t } = useTranslation();
  const id = useId();
  const { dataset } = useDatasetIndex();
  const reliability = useViewStore((s) => s.view.reliability);
  const graded = useMemo(
    () => dataset.articles.some((article) => article.reliability !== undefined),
    [dataset],
  );
  if (!graded && reliability === null) return null;
  return (
    <fieldset className="facet-group">
      <legend>{t('filters.reliability.legend')}</legend>
      <label htmlFor={id}>{t('filters.reliability.label')}</label>
      <select
        id={id}
        value={reliability ?? ''}
        onChange={(event) =>
          useViewStore.getState().setView({
            reliability:
              event.target.value === '' ? null : (event.target.value as ReliabilityThreshold),
          })
        }
      >
        <option value="">{t('filters.reliability.any')}</option>
        {RELIABILITY_THRESHOLDS.map((grade) => (
          <option key={grade} value={grade}>
            {t(`filters.reliability.atLeast_${grade}`)}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
