import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FoldablePanel } from '../../domain/view/viewState.ts';
import { useViewStore } from '../../store/useViewStore.ts';

/** Folds a panel away, or back, as the link says (`fold=`). */
export function useFold(panel: FoldablePanel): { isFolded: boolean; toggle: () => void } {
  const folded = useViewStore((s) => s.view.folded);
  const setView = useViewStore((s) => s.setView);
  const isFolded = folded.includes(panel);
  return {
    isFolded,
    toggle: () => {
      const { folded: now } = useViewStore.getState().view;
      setView({
        folded: isFolded ? now.filter((p) => p !== panel) : [...now, panel].sort(byFoldOrder),
      });
    },
  };
}

const ORDER: Record<FoldablePanel, number> = { filters: 0, timeline: 1, legend: 2 };
const byFoldOrder = (a: FoldablePanel, b: FoldablePanel) => ORDER[a] - ORDER[b];

function Chevron({ open }: { open: boolean }) {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <path
        d={open ? 'M2 4 L6 8 L10 4' : 'M4 2 L8 6 L4 10'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
    </svg>
  );
}

/**
 * A panel that folds to one line to give the graph room: folded, a button named
 * after the panel brings it back; open, a small button in its corner folds it.
 */
export function PanelFold({ panel, children }: { panel: FoldablePanel; children: ReactNode }) {
  const { t } = useTranslation();
  const { isFolded, toggle } = useFold(panel);
  if (isFolded) {
    return (
      <div className={`panel-fold panel-fold-${panel} is-folded`}>
        <button type="button" className="fold-toggle" aria-expanded={false} onClick={toggle}>
          <Chevron open={false} />
          {t(`panels.show_${panel}`)}
        </button>
      </div>
    );
  }
  return (
    <div className={`panel-fold panel-fold-${panel}`}>
      <button
        type="button"
        className="fold-toggle fold-away"
        aria-expanded={true}
        aria-label={t(`panels.hide_${panel}`)}
        title={t(`panels.hide_${panel}`)}
        onClick={toggle}
      >
        <Chevron open={true} />
      </button>
      {children}
    </div>
  );
}
