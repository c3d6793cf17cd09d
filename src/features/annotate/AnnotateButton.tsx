import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../store/useViewStore.ts';

/** The header button that switches to Annotate; the mode itself loads on demand. */
export function AnnotateButton() {
  const { t } = useTranslation();
  return (
    <button type="button" onClick={() => useViewStore.getState().setView({ mode: 'annotate' })}>
      {t('app.annotate')}
    </button>
  );
}
