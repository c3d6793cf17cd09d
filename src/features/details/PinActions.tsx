import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../store/useViewStore.ts';

/** Pin an entity where the graph draws it, or unpin it: the keyboard's way to what dragging does. */
export function PinActions({ entityId }: { entityId: string }) {
  const { t } = useTranslation();
  const pin = useViewStore((s) => s.view.pins.find((p) => p.id === entityId));
  // "Where it is" means where the graph draws it: the table view has no place to pin at.
  const isGraphShown = useViewStore((s) => s.view.show === 'graph');
  const { requestPin, unpin } = useViewStore.getState();
  if (pin === undefined && !isGraphShown) return null;
  return (
    <div className="focus-actions">
      {pin === undefined ? (
        <button type="button" className="small-button" onClick={() => requestPin(entityId)}>
          {t('pins.pin')}
        </button>
      ) : (
        <>
          <span className="pinned-at">{t('pins.pinned', { x: pin.x, y: pin.y })}</span>
          <button type="button" className="small-button" onClick={() => unpin(entityId)}>
            {t('pins.unpin')}
          </button>
        </>
      )}
    </div>
  );
}
