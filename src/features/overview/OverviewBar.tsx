import { useTranslation } from 'react-i18next';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { GROUPINGS, groupingsOf, type Grouping } from '../../domain/overview/assignGroups.ts';
import { groupId, OPEN_WHOLE_MAX } from '../../domain/overview/groupGraph.ts';
import { showsOverview } from '../../domain/overview/overviewThreshold.ts';
import { TIES_PER_GROUP } from '../../domain/overview/strongestTies.ts';
import { useOverview } from '../../store/useOverview.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { closeGroup, heldBySelection } from './closeGroup.ts';
import { useGroupLabels } from './useGroupLabels.ts';
import './overview.css';

/** The most open groups listed one by one; "Close all groups" closes the rest too. */
const MAX_LISTED = 8;

/**
 * Shown for a large dataset: how it is grouped, how many groups are open (each with
 * a way to close it), and the way to draw every entity, or back.
 */
export function OverviewBar() {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const view = useViewStore((s) => s.view);
  const { closeAllGroups, setGrouping, setDrawAll, setAllTies } = useViewStore.getState();
  const overview = useOverview();
  const labels = useGroupLabels(overview);
  if (!showsOverview(index.dataset, false)) return null;
  if (overview === null)
    return (
      <div className="overview-bar" role="group" aria-label={t('overview.region')}>
        <button type="button" className="small-button" onClick={() => setDrawAll(false)}>
          {t('overview.backToOverview')}
        </button>
      </div>
    );
  const close = (key: string) => closeGroup(key, overview.graph, index);
  // The groupings this dataset can be shown by, and the one in use whatever it is
  // (a link may name the continents for a dataset without country codes).
  const offered = groupingsOf(index);
  const groupings = GROUPINGS.filter((g) => offered.includes(g) || g === overview.grouping);
  // The groups the view opens, then those the selection holds open: closing one of
  // these lets go of the selection (what a path or the focus opens stays open). None
  // are listed when every group is open because the filters leave a small graph.
  const held = overview.opensAll ? [] : heldBySelection(index, overview.graph, view.selected);
  const listed = [...new Set([...(overview.opensAll ? [] : view.openGroups), ...held])]
    .filter((key) => overview.open.has(key))
    .slice(0, MAX_LISTED);
  return (
    <div className="overview-bar" role="group" aria-label={t('overview.region')}>
      <span title={t('overview.hint', { max: OPEN_WHOLE_MAX })}>
        {t('overview.summary', {
          count: overview.keys.length,
          open: overview.graph.groups.filter((g) => g.open && g.parent === null).length,
        })}
      </span>
      <label>
        {t('overview.grouping')}{' '}
        <select
          value={overview.grouping}
          onChange={(event) => setGrouping(event.target.value as Grouping)}
        >
          {groupings.map((grouping) => (
            <option key={grouping} value={grouping}>
              {t(`overview.groupings.${grouping}`)}
            </option>
          ))}
        </select>
      </label>
      {overview.graph.ties.length > 0 && (
        <span>
          {view.allTies
            ? t('overview.tiesAll', { count: overview.graph.ties.length })
            : t('overview.tiesStrongest', {
                shown: overview.ties.length,
                count: overview.graph.ties.length,
                perGroup: TIES_PER_GROUP,
              })}{' '}
          <button
            type="button"
            className="small-button"
            aria-pressed={view.allTies}
            onClick={() => setAllTies(!view.allTies)}
          >
            {t('overview.showAllTies')}
          </button>
        </span>
      )}
      {listed.map((key) => (
        <button key={key} type="button" className="small-button" onClick={() => close(key)}>
          {t('overview.close', { name: labels.get(groupId(key)) ?? key })}
        </button>
      ))}
      {view.openGroups.length > 0 && (
        <button type="button" className="small-button" onClick={closeAllGroups}>
          {t('overview.closeAll')}
        </button>
      )}
      <button type="button" className="small-button" onClick={() => setDrawAll(true)}>
        {t('overview.drawAll')}
      </button>
    </div>
  );
}
