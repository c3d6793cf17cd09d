import { useTranslation } from 'react-i18next';
import { pickText } from '../../domain/text/pickText.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';

/** The dataset's lenses: named views, one click each; clicking the active one turns it off. */
export function LensBar() {
  const { t } = useTranslation();
  const { dataset } = useDatasetIndex();
  const language = useNameLanguage();
  const active = useViewStore((s) => s.view.lens);
  const setLens = useViewStore((s) => s.setLens);
  const lenses = dataset.lenses ?? [];
  if (lenses.length === 0) return null;
  return (
    <div className="lens-bar" role="group" aria-label={t('filters.lenses')}>
      <span className="lens-bar-label">{t('filters.lenses')}</span>
      {lenses.map((lens) => (
        <button
          key={lens.id}
          type="button"
          className="lens"
          aria-pressed={active === lens.id}
          title={lens.description === undefined ? undefined : pickText(lens.description, language)}
          onClick={() => setLens(active === lens.id ? null : lens.id)}
        >
          {pickText(lens.name, language)}
        </button>
      ))}
    </div>
  );
}
