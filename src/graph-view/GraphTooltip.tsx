import { useTranslation } from 'react-i18next';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { classifyRelation } from '../domain/relations/classifyRelation.ts';
import { itemTitle } from '../i18n/itemTitle.ts';
import type { DrawnTie } from './tieElements.ts';
import type { DrawnOverview } from './overviewElements.ts';
import type { Stance } from '../domain/relations/relationKinds.ts';

/** The title and detail of an overview's group or tie under the pointer; null for anything else. */
function useOverviewHover(
  index: DatasetIndex,
  id: string,
  language: string,
  overview: DrawnOverview | null | undefined,
): { title: string; detail: string } | null {
  const { t } = useTranslation();
  if (overview === undefined || overview === null) return null;
  const name = (unit: string) => overview.labels.get(unit) ?? itemTitle(t, index, unit, language);
  const group = overview.graph.groups.find((g) => g.id === id);
  if (group !== undefined)
    return {
      title: name(group.id),
      detail: t(group.open ? 'overview.openGroupMembers' : 'overview.groupMembers', {
        count: group.members.length,
      }),
    };
  const tie = overview.graph.ties.find((g) => g.id === id);
  if (tie === undefined) return null;
  const mix = (Object.entries(tie.stances) as [Stance, number][])
    .filter(([, count]) => count > 0)
    .map(([stance, count]) =>
      t('overview.mixPart', { count, stance: t(`terms.stance.${stance}`).toLowerCase() }),
    )
    .join(' · ');
  return {
    title: t('overview.tieTitle', { source: name(tie.source), target: name(tie.target) }),
    detail: t('overview.tieMix', { count: tie.count, mix }),
  };
}

export interface Hover {
  id: string;
  /** Where the pointer is, in pixels from the graph's top left corner. */
  x: number;
  y: number;
}

/** A short description of the entity or relation under the pointer; text only, never markup. */
export function GraphTooltip({
  index,
  hover,
  language,
  tie,
  overview,
  placeUnknown = false,
}: {
  index: DatasetIndex;
  hover: Hover;
  language: string;
  /** The rolled-up tie under the pointer, if it is one. */
  tie?: DrawnTie | undefined;
  /** The overview drawn, whose groups and ties have words of their own. */
  overview?: DrawnOverview | null;
  /** A meeting the map draws beside its participants, its own place unknown. */
  placeUnknown?: boolean;
}) {
  const { t } = useTranslation();
  const grouped = useOverviewHover(index, hover.id, language, overview);
  const entity = index.entityById.get(hover.id);
  const relation = index.relationById.get(hover.id);
  const title = grouped?.title ?? tie?.title ?? itemTitle(t, index, hover.id, language);
  let detail = '';
  if (grouped !== null) {
    detail = grouped.detail;
  } else if (tie !== undefined) {
    detail = `${t(`terms.stance.${tie.stance}`)} · ${tie.label}`;
  } else if (entity !== undefined) {
    detail = t(`terms.entityKind.${entity.kind}`, { count: 1 });
    if (placeUnknown) detail = `${detail} · ${t('graph.placeUnknown')}`;
  } else if (relation !== undefined) {
    const { stance, modality } = classifyRelation(relation);
    detail = t('graph.relationDetail', {
      stance: t(`terms.stance.${stance}`),
      modality: t(`terms.modality.${modality}`),
    });
  }
  return (
    <div className="graph-tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      <strong>{title}</strong>
      <span>{detail}</span>
    </div>
  );
}
