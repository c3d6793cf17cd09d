import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { useRolledUp, useSelectedTie, useVisibleGraph } from '../../store/useVisibleGraph.ts';
import { EntityDetails } from './EntityDetails.tsx';
import { RelationDetails } from './RelationDetails.tsx';
import { RolledTieDetails } from './RolledTieDetails.tsx';
import { TieMissing } from './TieMissing.tsx';

/** The selected entity or relation, with every excerpt behind it. */
export function DetailsPanel() {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const selected = useViewStore((s) => s.view.selected);
  const clearSelection = useViewStore((s) => s.clearSelection);
  const panelRef = useRef<HTMLElement>(null);
  const entity = selected === null ? undefined : index.entityById.get(selected);
  const relation = selected === null ? undefined : index.relationById.get(selected);
  const visible = useVisibleGraph();
  const { isTie, tie } = useSelectedTie();
  const isRolledUp = useViewStore((s) => s.view.rollup);
  const rolledOfficials = useRolledUp()?.officials;
  const isRolledOfficial = selected !== null && (rolledOfficials?.includes(selected) ?? false);
  const isShown =
    selected !== null && (visible.entities.has(selected) || visible.relations.has(selected));
  const resetFiltersAndFocus = () => {
    const { clearFilters, clearFocus } = useViewStore.getState();
    clearFilters();
    clearFocus();
  };

  // Choosing another entity or relation from inside the panel replaces the button
  // that was pressed; keyboard and screen-reader users then continue at the new
  // heading instead of being thrown back to the top of the page.
  useEffect(() => {
    const panel = panelRef.current;
    if (panel === null || selected === null) return;
    if (panel.contains(document.activeElement) || document.activeElement === document.body) {
      panel.querySelector<HTMLElement>('#details-title')?.focus();
    }
  }, [selected]);

  return (
    <aside className="details-panel" aria-label={t('details.region')} ref={panelRef}>
      {!isTie && entity === undefined && relation === undefined ? (
        <p className="placeholder">{t('details.placeholder')}</p>
      ) : (
        <>
          <button
            type="button"
            className="close"
            onClick={clearSelection}
            aria-label={t('details.close')}
          >
            ×
          </button>
          {isTie && selected !== null ? (
            tie === undefined ? (
              <TieMissing id={selected} />
            ) : (
              <RolledTieDetails tie={tie} isDrawn={isRolledUp} />
            )
          ) : (
            <>
              {isRolledOfficial && (
                <p className="not-shown" role="note">
                  {t('rollup.details.officialRolled')}{' '}
                  <button
                    type="button"
                    className="small-button"
                    onClick={() => useViewStore.getState().setRollUp(false)}
                  >
                    {t('rollup.details.showOfficials')}
                  </button>
                </p>
              )}
              {!isShown && !isRolledOfficial && (
                <p className="not-shown" role="note">
                  {t('details.notShown')}{' '}
                  <button type="button" className="small-button" onClick={resetFiltersAndFocus}>
                    {t('details.showWholeGraph')}
                  </button>
                </p>
              )}
              {entity !== undefined && <EntityDetails entity={entity} />}
              {relation !== undefined && <RelationDetails relation={relation} />}
            </>
          )}
        </>
      )}
    </aside>
  );
}
