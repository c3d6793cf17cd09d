import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../store/useViewStore.ts';
import './pins.css';

/** Shown while entities are pinned: how many, and the way to unpin them all. */
export function PinsBar() {
  const { t } = useTranslation();
  const count = useViewStore((s) => s.view.pins.length);
  const unpinAll = useViewStore((s) => s.unpinAll);
  if (count === 0) return null;
  return (
    <div className="pins-bar" role="group" aria-label={t('pins.count', { count })}>
      <span title={t('pins.hint')}>{t('pins.count', { count })}</span>
      <button type="button" className="small-button" onClick={unpinAll}>
        {t('pins.unpinAll')}
      </button>
    </div>
  );
}
