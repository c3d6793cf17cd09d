import { useTranslation } from 'react-i18next';
import { useGraphActivity } from '../../store/useGraphActivity.ts';
import { useRolledUp, useVisibleGraph } from '../../store/useVisibleGraph.ts';

/**
 * What the graph shows, as text that screen readers announce and tests read. While a
 * large graph is laid out or drawn it says so: counts would claim what is not drawn yet.
 */
export function StatusLine() {
  const { t } = useTranslation();
  const activity = useGraphActivity((s) => s.activity);
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
  if (activity !== null) {
    return (
      <p className="status-line" role="status" aria-live="polite">
        {activity.step === 'layout'
          ? t('graph.layingOut', { count: activity.entities })
          : t('graph.drawing', { count: activity.entities })}
      </p>
    );
  }
  return (
    <p className="status-line" role="status" aria-live="polite">
      {shown}
      {dimmedText}
    </p>
  );
}
