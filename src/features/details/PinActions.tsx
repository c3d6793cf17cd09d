import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../store/useViewStore.ts';

/** Pin an entity where the graph draws it, or unpin it: the keyboard's way to what dragging does. */
export function PinActions({ entityId }: { entityId: string }) {
  const { t } = useTranslation();
  const pin = useViewStore((s) => s.view.pins.find((p) => p.id === entityId));
  const { requestPin, unpin } = useViewStore.getState();
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
