import type { ElementDefinition } from 'cytoscape';
import type { Entity, Positions, Relation } from '../domain/dataset/datasetSchema.ts';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { sourceCount } from '../domain/evidence/sourceCount.ts';
import { classifyRelation } from '../domain/relations/classifyRelation.ts';
import { pickText } from '../domain/text/pickText.ts';
import { shortenText } from '../domain/text/shortenText.ts';

// Longer names are cut for drawing: Cytoscape measures and wraps a label on every
// style pass, and a 100 KB name would freeze the tab. Lists and details show the
// whole name.
const MAX_LABEL_CHARS = 60;

/** The label drawn for an entity: its name in the language, cut when very long. */
export function nodeLabel(entity: Entity, language: string): string {
  return shortenText(pickText(entity.name, language), MAX_LABEL_CHARS);
}

/** An entity as a Cytoscape node, placed where given, else left for a layout. */
export function entityElement(
  entity: Entity,
  language: string,
  at: readonly [number, number] | undefined,
): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: entity.id, label: nodeLabel(entity, language), kind: entity.kind },
    ...(at === undefined ? {} : { position: { x: at[0], y: at[1] } }),
  };
}

/** A relation as a Cytoscape edge, with what its look depends on. */
export function relationElement(index: DatasetIndex, relation: Relation): ElementDefinition {
  const { stance, modality, arrows } = classifyRelation(relation);
  return {
    group: 'edges',
    data: {
      id: relation.id,
      source: relation.source,
      target: relation.target,
      kind: relation.kind,
      stance,
      modality,
      arrows,
      // Independent sources: the line grows with them; one source is marked.
      sources: sourceCount(index, relation).independent,
    },
  };
}

/**
 * The dataset as Cytoscape elements. Node and edge ids are the dataset's ids, so
 * selection maps both ways without lookup tables. Nodes are placed where given
 * positions say, else left for a layout to place.
 */
export function graphElements(
  index: DatasetIndex,
  language: string,
  positions: Positions | null = null,
): ElementDefinition[] {
  const { entities, relations } = index.dataset;
  const nodes = entities.map((entity) => entityElement(entity, language, positions?.[entity.id]));
  const edges = relations.map((relation) => relationElement(index, relation));
  return [...nodes, ...edges];
}
