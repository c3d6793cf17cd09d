import Graph from 'graphology';
import { DIPLOGRAPH_CREATOR, prefixedAttributes } from '../import/graphFiles/diplographCreator.ts';
import { relationsOf, type DatasetIndex } from '../dataset/indexDataset.ts';
import type { RolledTie } from '../graph/rollUp.ts';
import { sourceCount } from '../evidence/sourceCount.ts';
import { classifyRelation } from '../relations/classifyRelation.ts';
import { RELATION_KINDS } from '../relations/relationKinds.ts';
import { pickText } from '../text/pickText.ts';
import type { ShownIds } from './subsetDataset.ts';

// The names Diplograph's graph files use for their own values; an item attribute
// named like one goes out prefixed (see prefixedAttributes).
const NODE_NAMES = [
  'label',
  'x',
  'y',
  'z',
  'kind',
  'name_en',
  'date',
  'cameo',
  'independent_sources',
  'articles',
  'excerpts',
];
const EDGE_NAMES = [
  'label',
  'weight',
  'kind',
  'stance',
  'cameo',
  'quad_class',
  'modality',
  'date',
  'end_date',
  'role',
  'mutual',
  'independent_sources',
  'articles',
  'excerpts',
  'rolled_up_count',
  'rolled_up_from',
];

export type Values = Record<string, string | number | boolean | null>;

export interface ExportNode {
  label: string;
  values: Values;
  position?: readonly [number, number] | undefined;
}

export interface ExportEdge {
  label: string;
  weight: number;
  values: Values;
}

/** Unknown values are left out, which GEXF reads as "no value". */
export function known(values: Values): Record<string, string | number | boolean> {
  const kept: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(values)) if (value !== null) kept[key] = value;
  return kept;
}

/**
 * The shown graph as a graphology graph, for the GEXF and GraphML writers: entities
 * as nodes and relations as edges (and, with roll-up on, the drawn ties), each with
 * its label in the chosen language, its kind, stance, CAMEO code, QuadClass, dates and
 * source counts, its own `attributes`, and the dataset's position when it has one.
 * Symmetric relations are undirected edges; a mutual relation is directed and marked.
 * @example exportGraph(index, visible, 'en', '2026-11-28').order // number of entities shown
 */
export function exportGraph(
  index: DatasetIndex,
  shown: ShownIds,
  language: string,
  /** The day the file is made, as YYYY-MM-DD. */
  day: string,
  /** The rolled-up ties drawn; none while roll-up is off. */
  ties: readonly RolledTie[] = [],
): Graph<ExportNode, ExportEdge> {
  const { dataset } = index;
  // A mixed multigraph: symmetric relations are undirected edges, and two entities
  // may be joined by several relations.
  const graph = new Graph<ExportNode, ExportEdge>({ type: 'mixed', multi: true });
  graph.setAttribute('creator', DIPLOGRAPH_CREATOR);
  graph.setAttribute('description', `${pickText(dataset.title, language)} (${dataset.id})`);
  graph.setAttribute('lastModifiedDate', day);
  for (const entity of dataset.entities) {
    if (!shown.entities.has(entity.id)) continue;
    const sources = sourceCount(index, entity);
    graph.addNode(entity.id, {
      label: pickText(entity.name, language),
      position: dataset.positions?.[entity.id],
      values: {
        ...prefixedAttributes(entity.attributes, NODE_NAMES),
        kind: entity.kind,
        name_en: entity.name.en,
        date: entity.kind === 'meeting' ? entity.date.date : null,
        cameo: entity.kind === 'meeting' ? entity.cameo : null,
        independent_sources: sources.independent,
        articles: sources.articles,
        excerpts: entity.evidence.length,
      },
    });
  }
  const addEdge = (
    id: string,
    source: string,
    target: string,
    arrows: 'none' | 'forward' | 'both',
    edge: ExportEdge,
  ) => {
    if (arrows === 'none') graph.addUndirectedEdgeWithKey(id, source, target, edge);
    else graph.addDirectedEdgeWithKey(id, source, target, edge);
  };
  for (const relation of dataset.relations) {
    if (
      !shown.relations.has(relation.id) ||
      !shown.entities.has(relation.source) ||
      !shown.entities.has(relation.target)
    )
      continue;
    const { stance, quadClass, modality, arrows } = classifyRelation(relation);
    const sources = sourceCount(index, relation);
    addEdge(relation.id, relation.source, relation.target, arrows, {
      label: RELATION_KINDS[relation.kind].label,
      weight: sources.independent,
      values: {
        ...prefixedAttributes(relation.attributes, EDGE_NAMES),
        kind: relation.kind,
        stance,
        cameo: relation.cameo ?? null,
        quad_class: quadClass,
        modality,
        date: relation.start?.date ?? null,
        end_date: relation.end?.date ?? null,
        role: relation.role?.en ?? null,
        mutual: relation.mutual === true ? true : null,
        independent_sources: sources.independent,
        articles: sources.articles,
        excerpts: relation.evidence.length,
      },
    });
  }
  for (const tie of ties) {
    if (!shown.entities.has(tie.source) || !shown.entities.has(tie.target)) continue;
    const excerpts = relationsOf(index, tie.relations).reduce(
      (n, relation) => n + relation.evidence.length,
      0,
    );
    addEdge(tie.id, tie.source, tie.target, tie.arrows, {
      label: tie.kind === 'meeting' ? 'meetings' : RELATION_KINDS[tie.kind].label,
      weight: tie.count,
      values: {
        kind: tie.kind,
        stance: tie.stance,
        modality: tie.modality,
        excerpts,
        rolled_up_count: tie.count,
        rolled_up_from: tie.relations.join(' '),
      },
    });
  }
  return graph;
}
