import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { relationMarks, rolledTieMark } from '../domain/compare/comparePeriods.ts';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import type { CompareMarks } from '../graph-view/useCompareMarks.ts';
import { useComparison } from '../store/useComparison.ts';
import { useRolledUp } from '../store/useVisibleGraph.ts';

/** The marks the graph draws for the comparison of two periods, in the interface's language; null when none. */
export function useComparedMarks(): CompareMarks | null {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const comparison = useComparison();
  const rolled = useRolledUp();
  return useMemo(() => {
    if (comparison === null) return null;
    const marks = relationMarks(
      comparison,
      index.dataset.relations.map((relation) => relation.id),
    );
    // Rolled up, the ties drawn stand for relations: each takes their marks' summary.
    for (const tie of rolled?.ties ?? [])
      marks.set(tie.id, rolledTieMark(tie.relations.map((id) => marks.get(id) ?? 'outside')));
    const words = {
      new: t('compare.mark.new'),
      ended: t('compare.mark.ended'),
      changed: t('compare.mark.changed'),
      kept: t('compare.mark.kept'),
      outside: t('compare.mark.outside'),
      undated: t('compare.mark.undated'),
    };
    return { marks, words };
  }, [comparison, index, rolled, t]);
}
