import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../store/useViewStore.ts';

const MARKS = ['new', 'ended', 'changed', 'kept', 'outside'] as const;
type Mark = (typeof MARKS)[number];

/** The marker each status carries at a line's middle, as graphStylesheet draws it. */
function MarkIcon({ mark }: { mark: Mark }) {
  const faint = mark === 'outside' ? 0.2 : mark === 'ended' ? 0.45 : 1;
  return (
    <svg width="40" height="12" viewBox="0 0 40 12" aria-hidden="true">
      <line
        x1="2"
        y1="6"
        x2="38"
        y2="6"
        stroke="currentColor"
        strokeWidth="2"
        strokeOpacity={faint}
      />
      {mark === 'new' && <polygon points="20,0 26,6 20,12 14,6" fill="currentColor" />}
      {mark === 'ended' && (
        <rect
          x="15"
          y="1"
          width="10"
          height="10"
          style={{ fill: 'var(--paper)' }}
          stroke="currentColor"
        />
      )}
      {mark === 'changed' && (
        <polyline points="15,1 23,6 15,11" fill="none" stroke="currentColor" strokeWidth="2.5" />
      )}
    </svg>
  );
}

/** How the graph marks ties while two periods are compared: by words and markers, not colour alone. */
export function CompareLegend() {
  const { t } = useTranslation();
  const isRolledUp = useViewStore((s) => s.view.rollup);
  return (
    <>
      <h3 className="legend-subheading">{t('compare.legend.heading')}</h3>
      <ul>
        {MARKS.map((mark) => (
          <li key={mark}>
            <MarkIcon mark={mark} />
            {t(`compare.legend.${mark}`)}
          </li>
        ))}
      </ul>
      {isRolledUp && <p className="legend-note">{t('compare.legend.rolled')}</p>}
    </>
  );
}
