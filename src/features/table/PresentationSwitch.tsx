import { useTranslation } from 'react-i18next';
import { PRESENTATIONS } from '../../domain/view/viewState.ts';
import { useViewStore } from '../../store/useViewStore.ts';

/** Graph or table: the same visible entities and relations, drawn or listed. */
export function PresentationSwitch() {
  const { t } = useTranslation();
  const show = useViewStore((s) => s.view.show);
  const setView = useViewStore((s) => s.setView);
  return (
    <div className="presentation-tabs" role="group" aria-label={t('table.tabs')}>
      {PRESENTATIONS.map((option) => (
        <button
          key={option}
          type="button"
          className="small-button"
          aria-pressed={show === option}
          onClick={() => setView({ show: option })}
        >
          {t(`table.${option}`)}
        </button>
      ))}
    </div>
  );
}
