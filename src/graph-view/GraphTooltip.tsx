import { useTranslation } from 'react-i18next';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { classifyRelation } from '../domain/relations/classifyRelation.ts';
import { itemTitle } from '../i18n/itemTitle.ts';
import type { DrawnTie } from './tieElements.ts';

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
}: {
  index: DatasetIndex;
  hover: Hover;
  language: string;
  /** The rolled-up tie under the pointer, if it is one. */
  tie?: DrawnTie | undefined;
}) {
  const { t } = useTranslation();
  const entity = index.entityById.get(hover.id);
  const relation = index.relationById.get(hover.id);
  const title = tie?.title ?? itemTitle(t, index, hover.id, language);
  let detail = '';
  if (tie !== undefined) {
    detail = `${t(`terms.stance.${tie.stance}`)} · ${tie.label}`;
  } else if (entity !== undefined) {
    detail = t(`terms.entityKind.${entity.kind}`, { count: 1 });
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
