import { DOMImplementation, XMLSerializer, type Element } from '@xmldom/xmldom';
import type { DatasetIndex } from '../dataset/indexDataset.ts';
import type { RolledTie } from '../graph/rollUp.ts';
import { exportGraph, known } from './exportGraph.ts';
import type { ShownIds } from './subsetDataset.ts';

const GRAPHML = 'http://graphml.graphdrawing.org/xmlns';

type Scalar = string | number | boolean;
type KeyType = 'boolean' | 'double' | 'string';

/** The GraphML type of a column: boolean or double when every value is one, else text. */
function keyType(values: readonly Scalar[]): KeyType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

/** The columns of one class of element, in first-seen order, with their GraphML types. */
function columnsOf(rows: readonly Record<string, Scalar>[]): Map<string, KeyType> {
  const values = new Map<string, Scalar[]>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const list = values.get(name) ?? [];
      list.push(value);
      values.set(name, list);
    }
  }
  return new Map([...values].map(([name, list]) => [name, keyType(list)]));
}

/**
 * The shown graph as a GraphML document (yEd, Cytoscape desktop, NetworkX, Gephi): the
 * same nodes, edges and attributes as the GEXF export, with `label`, `x` and `y` as
 * keys and each edge marked `directed` or not. graphology-graphml only reads, so the
 * XML is built as a DOM by @xmldom/xmldom and serialised by it (every value escaped by
 * the serialiser, none by hand); graphology-graphml reads it back.
 * @example graphmlDocument(index, visible, 'en', '2026-11-28')
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">…'
 */
export function graphmlDocument(
  index: DatasetIndex,
  shown: ShownIds,
  language: string,
  /** The day the file is made, as YYYY-MM-DD. */
  day: string,
  /** The rolled-up ties drawn; none while roll-up is off. */
  ties: readonly RolledTie[] = [],
): string {
  const graph = exportGraph(index, shown, language, day, ties);
  const nodeRows = graph.mapNodes((_key, node) => ({
    label: node.label,
    ...known(node.values),
    ...(node.position === undefined ? {} : { x: node.position[0], y: node.position[1] }),
  }));
  const edgeRows = graph.mapEdges((_key, edge) => ({
    label: edge.label,
    weight: edge.weight,
    ...known(edge.values),
  }));
  const graphRow: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(graph.getAttributes())) {
    if (typeof value === 'string') graphRow[name] = value;
  }

  const doc = new DOMImplementation().createDocument(GRAPHML, 'graphml', null);
  const root = doc.documentElement!;
  const append = (parent: Element, child: Element, indent: string) => {
    parent.appendChild(doc.createTextNode(`\n${indent}`));
    parent.appendChild(child);
  };
  const keyIds = {
    graph: new Map<string, string>(),
    node: new Map<string, string>(),
    edge: new Map<string, string>(),
  };
  const declare = (kind: 'graph' | 'node' | 'edge', columns: Map<string, KeyType>) => {
    for (const [name, type] of columns) {
      const id = `${kind[0]!}${keyIds[kind].size}`;
      keyIds[kind].set(name, id);
      const key = doc.createElementNS(GRAPHML, 'key');
      key.setAttribute('id', id);
      key.setAttribute('for', kind);
      key.setAttribute('attr.name', name);
      key.setAttribute('attr.type', type);
      append(root, key, '  ');
    }
  };
  declare('graph', columnsOf([graphRow]));
  declare('node', columnsOf(nodeRows));
  declare('edge', columnsOf(edgeRows));

  const data = (parent: Element, kind: 'graph' | 'node' | 'edge', row: Record<string, Scalar>) => {
    for (const [name, value] of Object.entries(row)) {
      const element = doc.createElementNS(GRAPHML, 'data');
      element.setAttribute('key', keyIds[kind].get(name) ?? name);
      element.appendChild(doc.createTextNode(String(value)));
      append(parent, element, kind === 'graph' ? '    ' : '      ');
    }
  };
  const graphElement = doc.createElementNS(GRAPHML, 'graph');
  graphElement.setAttribute('id', 'G');
  graphElement.setAttribute('edgedefault', 'undirected');
  append(root, graphElement, '  ');
  data(graphElement, 'graph', graphRow);
  let n = 0;
  graph.forEachNode((key) => {
    const node = doc.createElementNS(GRAPHML, 'node');
    node.setAttribute('id', key);
    data(node, 'node', nodeRows[n] ?? {});
    n += 1;
    node.appendChild(doc.createTextNode('\n    '));
    append(graphElement, node, '    ');
  });
  let e = 0;
  graph.forEachEdge((key, _attributes, source, target, _s, _t, undirected) => {
    const edge = doc.createElementNS(GRAPHML, 'edge');
    edge.setAttribute('id', key);
    edge.setAttribute('source', source);
    edge.setAttribute('target', target);
    if (!undirected) edge.setAttribute('directed', 'true');
    data(edge, 'edge', edgeRows[e] ?? {});
    edge.appendChild(doc.createTextNode('\n    '));
    append(graphElement, edge, '    ');
    e += 1;
  });
  graphElement.appendChild(doc.createTextNode('\n  '));
  root.appendChild(doc.createTextNode('\n'));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
