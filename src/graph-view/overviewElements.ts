import type { ElementDefinition } from 'cytoscape';
import type { Positions } from '../domain/dataset/datasetSchema.ts';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import type { GroupGraph, GroupTie } from '../domain/overview/groupGraph.ts';
import { entityElement, relationElement } from './graphElements.ts';

/** The overview as the graph draws it: the group graph, and each group's label in the UI language. */
export interface DrawnOverview {
  graph: GroupGraph;
  /** By group id: "Norland, Tesk +48". */
  labels: ReadonlyMap<string, string>;
}

/** A group's diameter grows with the square root of its members, so its area follows their number. */
const groupSize = (members: number) => Math.min(160, 24 + 6 * Math.sqrt(members));
/** A tie's width grows with the logarithm of its relations. */
const tieWidth = (count: number) => Math.min(12, 1 + 1.5 * Math.log2(count));

/** The data a tie between groups carries: the stylesheet colours it by its most common stance. */
export function groupTieData(tie: GroupTie): Record<string, string | number> {
  return {
    id: tie.id,
    source: tie.source,
    target: tie.target,
    stance: tie.stance,
    count: tie.count,
    width: tieWidth(tie.count),
  };
}

/**
 * The overview's Cytoscape elements by id, nodes before edges: a node per closed
 * group at the middle of its members' positions, the entities of open groups at
 * their own (so a group opens in place), their relations, and the ties.
 */
export function overviewElements(
  index: DatasetIndex,
  overview: DrawnOverview,
  positions: Positions,
  language: string,
): Map<string, ElementDefinition> {
  const elements = new Map<string, ElementDefinition>();
  const { graph, labels } = overview;
  for (const group of graph.groups) {
    let x = 0;
    let y = 0;
    let placed = 0;
    for (const id of group.members) {
      const at = positions[id];
      if (at === undefined) continue;
      x += at[0];
      y += at[1];
      placed += 1;
    }
    const size = groupSize(group.members.length);
    elements.set(group.id, {
      group: 'nodes',
      data: {
        id: group.id,
        groupKey: group.key,
        label: labels.get(group.id) ?? group.key,
        members: group.members.length,
        size,
      },
      position: placed === 0 ? { x: 0, y: 0 } : { x: x / placed, y: y / placed },
      classes: 'group',
      selectable: false,
      grabbable: false,
    });
  }
  for (const id of graph.entities) {
    const entity = index.entityById.get(id);
    if (entity !== undefined) elements.set(id, entityElement(entity, language, positions[id]));
  }
  for (const id of graph.relations) {
    const relation = index.relationById.get(id);
    if (relation !== undefined) elements.set(id, relationElement(index, relation));
  }
  for (const tie of graph.ties)
    elements.set(tie.id, { group: 'edges', data: groupTieData(tie), classes: 'group-tie' });
  return elements;
}
