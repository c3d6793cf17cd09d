import { useTranslation } from 'react-i18next';
import { useRolledUp, useVisibleGraph } from '../../store/useVisibleGraph.ts';

/** What the graph shows, as text that screen readers announce and tests read. */
export function StatusLine() {
  const { t } = useTranslation();
  const { entities, relations, dimmed } = useVisibleGraph();
  // Rolled-up ties are drawn as relations: the line counts what the canvas shows.
  const ties = useRolledUp()?.ties.length ?? 0;
  const dimmedEntities = [...dimmed].filter((id) => entities.has(id)).length;
  const shown = t('status.shown', {
    entities: t('status.entities', { count: entities.size }),
    relations: t('status.relations', { count: relations.size + ties }),
  });
  const dimmedText =
    dimmedEntities > 0
      ? t('status.dimmed', { entities: t('status.entities', { count: dimmedEntities }) })
      : '';
  return (
    <p className="status-line" role="status" aria-live="polite">
      {shown}
      {dimmedText}
    </p>
  );
}
