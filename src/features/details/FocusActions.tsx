import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../store/useViewStore.ts';

/**
 * Focus on an entity's neighbourhood, add its neighbours to the focus already set, or
 * ask how it is connected to another entity.
 */
export function FocusActions({ entityId }: { entityId: string }) {
  const { t } = useTranslation();
  const focus = useViewStore((s) => s.view.focus);
  const expanded = useViewStore((s) => s.view.expanded);
  const { focusOn, expand, openPaths } = useViewStore.getState();
  return (
    <div className="focus-actions">
      {focus !== entityId && (
        <button type="button" className="small-button" onClick={() => focusOn(entityId)}>
          {t('details.focusOn')}
        </button>
      )}
      {focus !== null && focus !== entityId && !expanded.includes(entityId) && (
        <button type="button" className="small-button" onClick={() => expand(entityId)}>
          {t('details.expand')}
        </button>
      )}
      <button type="button" className="small-button" onClick={() => openPaths(entityId)}>
        {t('paths.fromHere')}
      </button>
    </div>
  );
}
