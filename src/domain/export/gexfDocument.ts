import { relationsOf, type DatasetIndex } from '../dataset/indexDataset.ts';
import type { RolledTie } from '../graph/rollUp.ts';
import { sourceCount } from '../evidence/sourceCount.ts';
import { classifyRelation } from '../relations/classifyRelation.ts';
import { RELATION_KINDS } from '../relations/relationKinds.ts';
import { pickText } from '../text/pickText.ts';
import { escapeXml } from './escapeXml.ts';
import type { ShownIds } from './subsetDataset.ts';

type AttributeType = 'string' | 'integer';
type Values = Record<string, string | number | null>;

const NODE_ATTRIBUTES: [string, AttributeType][] = [
  ['kind', 'string'],
  ['name_en', 'string'],
  ['date', 'string'],
  ['cameo', 'string'],
  ['independent_sources', 'integer'],
  ['articles', 'integer'],
  ['excerpts', 'integer'],
];

const EDGE_ATTRIBUTES: [string, AttributeType][] = [
  ['kind', 'string'],
  ['stance', 'string'],
  ['cameo', 'string'],
  ['quad_class', 'string'],
  ['modality', 'string'],
  ['date', 'string'],
  ['end_date', 'string'],
  ['independent_sources', 'integer'],
  ['articles', 'integer'],
  ['excerpts', 'integer'],
  ['rolled_up_count', 'integer'],
  ['rolled_up_from', 'string'],
];

function declare(kind: 'node' | 'edge', attributes: [string, AttributeType][]): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...attributes.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    '    </attributes>',
  ];
}

/** Attribute values; unknown ones are left out, which GEXF reads as "no value". */
function attvalues(values: Values): string {
  const known = Object.entries(values).filter(([, value]) => value !== null);
  if (known.length === 0) return '';
  const items = known.map(
    ([id, value]) => `<attvalue for="${id}" value="${escapeXml(String(value))}"/>`,
  );
  return `<attvalues>${items.join('')}</attvalues>`;
}

/** One `<edge>`: GEXF's edge types for Diplograph's arrows, every value escaped. */
function edgeElement(edge: {
  id: string;
  source: string;
  target: string;
  arrows: 'none' | 'forward' | 'both';
  label: string;
  weight: number;
  values: string;
}): string {
  const type =
    edge.arrows === 'none' ? 'undirected' : edge.arrows === 'both' ? 'mutual' : 'directed';
  const attributes = [
    `id="${escapeXml(edge.id)}"`,
    `source="${escapeXml(edge.source)}"`,
    `target="${escapeXml(edge.target)}"`,
    `type="${type}"`,
    `label="${escapeXml(edge.label)}"`,
    `weight="${edge.weight}"`,
  ];
  return `      <edge ${attributes.join(' ')}>${edge.values}</edge>`;
}

/**
 * The shown graph as a GEXF 1.3 document for Gephi: entities as nodes and relations
 * as edges, with their kinds, stance, CAMEO code, QuadClass, dates and source counts
 * as attributes; labels in the chosen language. Symmetric relations are undirected
 * edges, mutual ones "mutual"; an edge's weight is its number of independent
 * sources. With roll-up on, the drawn ties are edges too, weighted by their count
 * (meetings, or relations) and naming the relations behind them. Every value is
 * XML-escaped.
 * @example gexfDocument(index, visible, 'en', '2026-11-28')
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">…'
 */
export function gexfDocument(
  index: DatasetIndex,
  shown: ShownIds,
  language: string,
  /** The day the file is made, as YYYY-MM-DD. */
  day: string,
  /** The rolled-up ties drawn; none while roll-up is off. */
  ties: readonly RolledTie[] = [],
): string {
  const { dataset } = index;
  const nodes = dataset.entities
    .filter((entity) => shown.entities.has(entity.id))
    .map((entity) => {
      const sources = sourceCount(index, entity);
      const values = attvalues({
        kind: entity.kind,
        name_en: entity.name.en,
        date: entity.kind === 'meeting' ? entity.date.date : null,
        cameo: entity.kind === 'meeting' ? entity.cameo : null,
        independent_sources: sources.independent,
        articles: sources.articles,
        excerpts: entity.evidence.length,
      });
      const label = escapeXml(pickText(entity.name, language));
      return `      <node id="${escapeXml(entity.id)}" label="${label}">${values}</node>`;
    });
  const edges = dataset.relations
    .filter(
      (r) =>
        shown.relations.has(r.id) && shown.entities.has(r.source) && shown.entities.has(r.target),
    )
    .map((relation) => {
      const { stance, quadClass, modality, arrows } = classifyRelation(relation);
      const sources = sourceCount(index, relation);
      const values = attvalues({
        kind: relation.kind,
        stance,
        cameo: relation.cameo ?? null,
        quad_class: quadClass,
        modality,
        date: relation.start?.date ?? null,
        end_date: relation.end?.date ?? null,
        independent_sources: sources.independent,
        articles: sources.articles,
        excerpts: relation.evidence.length,
      });
      return edgeElement({
        id: relation.id,
        source: relation.source,
        target: relation.target,
        arrows,
        label: RELATION_KINDS[relation.kind].label,
        weight: sources.independent,
        values,
      });
    });
  const tieEdges = ties
    .filter((tie) => shown.entities.has(tie.source) && shown.entities.has(tie.target))
    .map((tie) => {
      const excerpts = relationsOf(index, tie.relations).reduce(
        (n, relation) => n + relation.evidence.length,
        0,
      );
      const values = attvalues({
        kind: tie.kind,
        stance: tie.stance,
        modality: tie.modality,
        excerpts,
        rolled_up_count: tie.count,
        rolled_up_from: tie.relations.join(' '),
      });
      return edgeElement({
        id: tie.id,
        source: tie.source,
        target: tie.target,
        arrows: tie.arrows,
        label: tie.kind === 'meeting' ? 'meetings' : RELATION_KINDS[tie.kind].label,
        weight: tie.count,
        values,
      });
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${escapeXml(day)}">`,
    '    <creator>Diplograph</creator>',
    `    <description>${escapeXml(pickText(dataset.title, language))} (${escapeXml(dataset.id)})</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declare('node', NODE_ATTRIBUTES),
    ...declare('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    ...tieEdges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
