import { useTranslation } from 'react-i18next';
import type { RolledTie } from '../../domain/graph/rollUp.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { tieTitle } from '../../i18n/itemTitle.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';

/** Names a rolled-up tie in the UI and names languages (see tieTitle). */
export function useTieTitle(): (
  tie: Pick<RolledTie, 'source' | 'target' | 'kind' | 'arrows'>,
) => string {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useNameLanguage();
  return (tie) => tieTitle(t, index, tie, language);
}
