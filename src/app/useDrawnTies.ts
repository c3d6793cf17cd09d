import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import type { DrawnTie } from '../graph-view/tieElements.ts';
import { tieTitle } from '../i18n/itemTitle.ts';
import { useNameLanguage } from '../store/useNameLanguage.ts';
import { useRolledUp } from '../store/useVisibleGraph.ts';

const NONE: readonly DrawnTie[] = [];

/** The rolled-up ties to draw, worded in the UI language; none while roll-up is off. */
export function useDrawnTies(): readonly DrawnTie[] {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const rolled = useRolledUp();
  return useMemo(() => {
    if (rolled === null) return NONE;
    return rolled.ties.map((tie) => ({
      ...tie,
      label:
        tie.kind === 'meeting'
          ? t('rollup.label.meetings', { count: tie.count })
          : t('rollup.label.relations', { count: tie.count }),
      title: tieTitle(t, index, tie, language),
    }));
  }, [rolled, index, language, t]);
}
