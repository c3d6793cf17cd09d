import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../domain/dataset/datasetSchema.ts';
import { usePaths } from '../../store/usePaths.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { useVisibleGraph } from '../../store/useVisibleGraph.ts';
import { EntityPicker } from '../../components/EntityPicker.tsx';
import { useEntityLookup } from '../../dataset/useEntityLookup.ts';
import { PathResults } from './PathResults.tsx';
import './paths.css';

// Marks, not words: the buttons are named by their aria-label.
const SWAP_MARK = '⇄';
const CLOSE_MARK = '×';

/**
 * "How is A connected to B?": two entity pickers, the shortest paths between them
 * through what the graph shows, and the evidence chain of the path drawn.
 */
export function PathsPanel({
  renderEvidence,
}: {
  renderEvidence: (relation: Relation) => ReactNode;
}) {
  const { t } = useTranslation();
  const query = useViewStore((s) => s.view.path);
  const draft = useViewStore((s) => s.pathDraft);
  const opened = useViewStore((s) => s.pathsOpened);
  const { openPaths, choosePathEnd, swapPathEnds, closePaths } = useViewStore.getState();
  const visible = useVisibleGraph();
  const found = usePaths();
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const isOpen = query !== null || draft !== null;
  const ends = query ?? draft ?? { from: null, to: null };
  const isShown = (id: string) => visible.entities.has(id);
  const lookup = useEntityLookup();

  // Asked to open (here or from an entity's details): go to the end still to choose.
  useEffect(() => {
    if (opened === 0) return;
    const { view, pathDraft } = useViewStore.getState();
    const from = (view.path ?? pathDraft)?.from ?? null;
    (from === null ? fromRef : toRef).current?.focus();
  }, [opened]);

  // Closed from inside: keep the keyboard where the panel was, on its opening button.
  const wasOpen = useRef(isOpen);
  useEffect(() => {
    const active = document.activeElement;
    const wasInside =
      active === null || active === document.body || panelRef.current?.contains(active) === true;
    if (wasOpen.current && !isOpen && wasInside) openRef.current?.focus();
    wasOpen.current = isOpen;
  }, [isOpen]);

  if (!isOpen) {
    return (
      <section className="paths-panel closed" aria-label={t('paths.title')} ref={panelRef}>
        <button type="button" className="small-button" ref={openRef} onClick={() => openPaths()}>
          {t('paths.open')}
        </button>
      </section>
    );
  }

  return (
    <section className="paths-panel" aria-labelledby={headingId} ref={panelRef}>
      <div className="paths-head">
        <h2 id={headingId}>{t('paths.title')}</h2>
        <EntityPicker
          {...lookup}
          label={t('paths.from')}
          value={ends.from}
          exclude={ends.to}
          isShown={isShown}
          onChoose={(id) => choosePathEnd('from', id)}
          inputRef={fromRef}
        />
        <button
          type="button"
          className="small-button"
          aria-label={t('paths.swap')}
          title={t('paths.swap')}
          onClick={swapPathEnds}
        >
          {SWAP_MARK}
        </button>
        <EntityPicker
          {...lookup}
          label={t('paths.to')}
          value={ends.to}
          exclude={ends.from}
          isShown={isShown}
          onChoose={(id) => choosePathEnd('to', id)}
          inputRef={toRef}
        />
        <button
          type="button"
          className="small-button paths-close"
          aria-label={t('paths.close')}
          title={t('paths.close')}
          onClick={closePaths}
        >
          {CLOSE_MARK}
        </button>
      </div>
      {found === null ? (
        <p className="path-summary">
          {ends.from !== null && ends.from === ends.to
            ? t('paths.sameEntity')
            : t('paths.chooseBoth')}
        </p>
      ) : (
        <PathResults found={found} renderEvidence={renderEvidence} />
      )}
    </section>
  );
}
