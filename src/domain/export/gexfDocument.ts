import { write } from 'graphology-gexf';
import type { RolledTie } from '../graph/rollUp.ts';
import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { exportGraph, known } from './exportGraph.ts';
import type { ShownIds } from './subsetDataset.ts';

/**
 * The shown graph as a GEXF 1.3 document for Gephi: entities as nodes and relations
 * as edges, with their kinds, stance, CAMEO code, QuadClass, dates and source counts
 * as attributes; labels in the chosen language. Symmetric relations are undirected
 * edges; an edge's weight is its number of independent
 * sources. With roll-up on, the drawn ties are edges too, weighted by their count
 * (meetings, or relations) and naming the relations behind them. Written by
 * graphology-gexf, the library the import reads GEXF with; a mutual relation is a
 * directed edge marked `mutual`, and an item's own `attributes` and the dataset's
 * positions (`viz:position`) go out too, so the file imports back to the same items.
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
  const graph = exportGraph(index, shown, language, day, ties);
  return `${write(graph, {
    version: '1.3',
    formatNode: (_key, node) => ({
      label: node.label,
      attributes: known(node.values),
      ...(node.position === undefined ? {} : { viz: { x: node.position[0], y: node.position[1] } }),
    }),
    formatEdge: (_key, edge) => ({
      label: edge.label,
      weight: edge.weight,
      attributes: known(edge.values),
    }),
  })}\n`;
}
