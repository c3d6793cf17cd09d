import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useViewStore } from '../../store/useViewStore.ts';

/**
 * "Only excerpt-backed items": hides imported items that are only cited. Offered
 * when the dataset has such items, or when a link has it on.
 */
export function ExcerptsOnlyFilter() {
  const { t } = useTranslation();
  const { dataset } = useDatasetIndex();
  const excerptsOnly = useViewStore((s) => s.view.excerptsOnly);
  const citedOnly = useMemo(
    () =>
      [...dataset.entities, ...dataset.relations].filter((item) => item.evidence.length === 0)
        .length,
    [dataset],
  );
  if (citedOnly === 0 && !excerptsOnly) return null;
  return (
    <fieldset className="facet-group">
      <legend>{t('citations.filterLegend')}</legend>
      <label className="facet">
        <input
          type="checkbox"
          checked={excerptsOnly}
          onChange={() => useViewStore.getState().setView({ excerptsOnly: !excerptsOnly })}
        />
        <span className="facet-label">{t('citations.filterExcerptsOnly')}</span>
        <span className="facet-count">{t('citations.filterCitedOnly', { count: citedOnly })}</span>
      </label>
    </fieldset>
  );
}
