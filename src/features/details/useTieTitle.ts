import { useTranslation } from 'react-i18next';
import type { RolledTie } from '../../domain/graph/rollUp.ts';
import { entityName } from '../../domain/relations/relationTitle.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';

/** Names a rolled-up tie by its ends, its direction and what it aggregates: "Russia – North Korea: meetings". */
export function useTieTitle(): (
  tie: Pick<RolledTie, 'source' | 'target' | 'kind' | 'arrows'>,
) => string {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useNameLanguage();
  return (tie) =>
    t(`rollup.title.${tie.arrows}`, {
      source: entityName(index, tie.source, language),
      target: entityName(index, tie.target, language),
      kind: t(`rollup.kinds.${tie.kind}`),
    });
}
