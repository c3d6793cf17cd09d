import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityKind } from '../../domain/dataset/datasetSchema.ts';
import type { Stance } from '../../domain/relations/relationKinds.ts';
import { OPEN_WHOLE_MAX } from '../../domain/overview/groupGraph.ts';
import { TIES_PER_GROUP } from '../../domain/overview/strongestTies.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { useShowsOverview } from '../../store/useOverview.ts';
import {
  ENTITY_LOOKS,
  HEDGED_OPACITY,
  isOverview,
  STANCE_LOOKS,
  type EntityLook,
} from '../../graph-view/graphPalette.ts';
import { CompareLegend } from './CompareLegend.tsx';

const SHAPE_POINTS: Record<EntityLook['shape'], string | null> = {
  'round-rectangle': null,
  ellipse: null,
  'round-hexagon': '4,10 7,3 15,3 18,10 15,17 7,17',
  'round-diamond': '11,2 20,10 11,18 2,10',
  'round-tag': '3,4 14,4 19,10 14,16 3,16',
};

function ShapeIcon({ look }: { look: EntityLook }) {
  const common = { fill: look.fill, stroke: '#333', strokeWidth: 1.2 };
  const points = SHAPE_POINTS[look.shape];
  return (
    <svg width="22" height="20" viewBox="0 0 22 20" aria-hidden="true">
      {look.shape === 'ellipse' && <circle cx="11" cy="10" r="7.5" {...common} />}
      {look.shape === 'round-rectangle' && (
        <rect x="3" y="3" width="16" height="14" rx="3" {...common} />
      )}
      {points !== null && <polygon points={points} strokeLinejoin="round" {...common} />}
    </svg>
  );
}

function LineIcon({ stance, opacity = 1 }: { stance: Stance; opacity?: number }) {
  const look = STANCE_LOOKS[stance];
  return (
    <svg width="40" height="12" viewBox="0 0 40 12" aria-hidden="true">
      <line
        x1="2"
        y1="6"
        x2="38"
        y2="6"
        stroke={look.colour}
        strokeWidth={look.width}
        strokeDasharray={look.dash.join(' ')}
        strokeLinecap={look.lineStyle === 'dotted' ? 'round' : 'butt'}
        strokeOpacity={opacity}
      />
    </svg>
  );
}

/** What the shapes, colours and line styles of the graph mean. Line samples take the text colour, so they show in either theme. */
export function Legend() {
  const { t } = useTranslation();
  const { dataset } = useDatasetIndex();
  const isRolledUp = useViewStore((s) => s.view.rollup);
  const hasPins = useViewStore((s) => s.view.pins.length > 0);
  const showsGroups = useShowsOverview();
  const isComparing = useViewStore((s) => s.view.compare !== null);
  const onMap = useViewStore((s) => s.view.layout === 'map');
  // On the map, a meeting with no coordinates in the data has a dashed outline.
  const hasPlaceUnknown = useMemo(
    () => dataset.entities.some((e) => e.kind === 'meeting' && e.coordinates === undefined),
    [dataset],
  );
  // Imported items that only cite their source are drawn as any other: the legend says so.
  const hasCitedOnly = useMemo(
    () => [...dataset.entities, ...dataset.relations].some((item) => item.evidence.length === 0),
    [dataset],
  );
  return (
    // Focusable: on a small screen the legend scrolls, and keyboard users scroll it too.
    <section className="legend" aria-labelledby="legend-heading" tabIndex={0}>
      <h2 id="legend-heading">{t('legend.heading')}</h2>
      <ul>
        {(Object.keys(ENTITY_LOOKS) as EntityKind[]).map((kind) => (
          <li key={kind}>
            <ShapeIcon look={ENTITY_LOOKS[kind]} />
            {t(`terms.entityKind.${kind}`, { count: 1 })}
          </li>
        ))}
      </ul>
      <ul>
        {(Object.keys(STANCE_LOOKS) as Stance[]).map((stance) => (
          <li key={stance}>
            <LineIcon stance={stance} />
            {t(`terms.stance.${stance}`)}
          </li>
        ))}
        <li>
          <LineIcon stance="cooperation" opacity={HEDGED_OPACITY} />
          {t('legend.hedged', { mark: t('graph.hedgedMark') })}
        </li>
        <li>
          <svg width="40" height="12" viewBox="0 0 40 12" aria-hidden="true">
            <line x1="2" y1="6" x2="30" y2="6" stroke="currentColor" strokeWidth="2" />
            <polygon points="29,1 38,6 29,11" fill="currentColor" />
          </svg>
          {t('legend.direction')}
        </li>
        <li>
          <svg width="40" height="12" viewBox="0 0 40 12" aria-hidden="true">
            <line x1="2" y1="6" x2="38" y2="6" stroke="currentColor" strokeWidth="2" />
            <circle
              cx="20"
              cy="6"
              r="4"
              style={{ fill: 'var(--paper)' }}
              stroke="currentColor"
              strokeWidth="1.5"
            />
          </svg>
          {t('legend.singleSource')}
        </li>
        {isRolledUp && (
          <li>
            <svg width="40" height="12" viewBox="0 0 40 12" aria-hidden="true">
              <line x1="2" y1="6" x2="38" y2="6" stroke="currentColor" strokeWidth="6" />
            </svg>
            {t('legend.tie')}
          </li>
        )}
        {hasPins && (
          <li>
            <svg width="22" height="20" viewBox="0 0 22 20" aria-hidden="true">
              <circle cx="11" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.2" />
              <circle
                cx="11"
                cy="10"
                r="5.5"
                style={{ fill: 'var(--paper)' }}
                stroke="currentColor"
                strokeWidth="1.2"
              />
            </svg>
            {t('legend.pinned')}
          </li>
        )}
        {onMap && hasPlaceUnknown && (
          <li>
            <svg width="22" height="20" viewBox="0 0 22 20" aria-hidden="true">
              <circle
                cx="11"
                cy="10"
                r="7.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeDasharray="3 2"
              />
            </svg>
            {t('legend.placeUnknown')}
          </li>
        )}
      </ul>
      {isComparing && <CompareLegend />}
      {isOverview(dataset) && <p className="legend-note">{t('legend.overview')}</p>}
      {showsGroups && (
        <p className="legend-note">
          {t('overview.legend', { max: OPEN_WHOLE_MAX, perGroup: TIES_PER_GROUP })}
        </p>
      )}
      {hasCitedOnly && <p className="legend-note">{t('citations.legend')}</p>}
    </section>
  );
}
