import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../domain/dataset/datasetSchema.ts';
import type { EntityPath } from '../../domain/graph/shortestPaths.ts';
import { isolateBidi } from '../../domain/text/isolateBidi.ts';
import { defaultsOf, FILTER_FIELDS, FOCUS_FIELDS } from '../../domain/view/viewState.ts';
import { entityName } from '../../domain/relations/relationTitle.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import type { PathsFound } from '../../store/usePaths.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { useRolledUp, useVisibleGraph } from '../../store/useVisibleGraph.ts';
import { EvidenceChain } from './EvidenceChain.tsx';

const hopsOf = (path: EntityPath | undefined) => path?.hops.length ?? 0;

/** What the search found: how many paths of how many hops, a switch between them, and the chain. */
export function PathResults({
  found,
  renderEvidence,
}: {
  found: PathsFound;
  renderEvidence: (relation: Relation) => ReactNode;
}) {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const visible = useVisibleGraph();
  const rolledUp = useRolledUp();
  const { paths, shown, shownNumber, inWholeGraph, query } = found;
  const { showPath, setView } = useViewStore.getState();
  const hops = (count: number) => t('paths.hopCount', { count });

  if (shown === null) {
    const hidden = [query.from, query.to].filter((id) => !visible.entities.has(id));
    return (
      <div className="path-results">
        <p role="status" className="path-summary">
          {hidden.map((id) => {
            const name = isolateBidi(entityName(index, id, language));
            // Only officials with an office are drawn as their state; others stay hidden.
            const isRolledUpEnd = rolledUp?.officials.includes(id) === true;
            return (
              <span key={id}>
                {isRolledUpEnd
                  ? t('paths.rolledUpEnd', { name })
                  : t('paths.hiddenEnd', { name })}{' '}
              </span>
            );
          })}
          {t('paths.noneVisible')} {rolledUp !== null && `${t('paths.rollupNote')} `}
          {inWholeGraph !== null && inWholeGraph.length > 0
            ? t('paths.wholeGraphHas', {
                paths: t('paths.pathCount', { count: inWholeGraph.length }),
                hops: hops(hopsOf(inWholeGraph[0])),
              })
            : t('paths.notConnected')}
        </p>
        {inWholeGraph !== null && inWholeGraph.length > 0 && (
          <button
            type="button"
            className="small-button"
            // One step back to everything: no filters, no focus, officials drawn.
            onClick={() =>
              setView({ ...defaultsOf(FILTER_FIELDS), ...defaultsOf(FOCUS_FIELDS), rollup: false })
            }
          >
            {t('paths.showWholeGraph')}
          </button>
        )}
      </div>
    );
  }

  const shortest = hopsOf(paths[0]);
  const longest = hopsOf(paths[paths.length - 1]);
  const count = t('paths.pathCount', { count: paths.length });
  return (
    <div className="path-results">
      <p role="status" className="path-summary">
        {shortest === longest
          ? t('paths.summaryEqual', { paths: count, hops: hops(shortest) })
          : t('paths.summaryRange', { paths: count, shortest, longest })}
      </p>
      {paths.length > 1 && (
        <div role="group" aria-label={t('paths.pathList')} className="path-switch">
          {paths.map((path, i) => {
            const number = i + 1;
            return (
              <button
                key={path.entities.join(',')}
                type="button"
                className="path-tab"
                aria-pressed={number === shownNumber}
                aria-label={t('paths.pathTabLabel', {
                  number,
                  count: paths.length,
                  hops: hops(hopsOf(path)),
                })}
                onClick={() => showPath(number as 1 | 2 | 3)}
              >
                {t('paths.pathTab', { number })}
                <span className="path-tab-hops">{hops(hopsOf(path))}</span>
              </button>
            );
          })}
        </div>
      )}
      <EvidenceChain path={shown} number={shownNumber} renderEvidence={renderEvidence} />
    </div>
  );
}
