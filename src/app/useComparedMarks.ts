import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { relationMarks } from '../domain/compare/comparePeriods.ts';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import type { CompareMarks } from '../graph-view/useCompareMarks.ts';
import { useComparison } from '../store/useComparison.ts';

/** The marks the graph draws for the comparison of two periods, in the interface's language; null when none. */
export function useComparedMarks(): CompareMarks | null {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const comparison = useComparison();
  return useMemo(() => {
    if (comparison === null) return null;
    const marks = relationMarks(
      comparison,
      index.dataset.relations.map((relation) => relation.id),
    );
    const words = {
      new: t('compare.mark.new'),
      ended: t('compare.mark.ended'),
      changed: t('compare.mark.changed'),
      kept: t('compare.mark.kept'),
      outside: t('compare.mark.outside'),
      undated: t('compare.mark.undated'),
    };
    return { marks, words };
  }, [comparison, index, t]);
}
