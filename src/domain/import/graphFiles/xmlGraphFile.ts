import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { RowProblem } from './graphImportReport.ts';
import { DIPLOGRAPH_CREATOR, unprefixedName } from './diplographCreator.ts';
import type { FileValue, GraphFileContent } from './graphFileDataset.ts';

export type XmlGraphFormat = 'gexf' | 'graphml';

/**
 * Columns Diplograph's own exports compute from the dataset (stance from kind and
 * code, source counts, the English name beside the label): read back they would be
 * stale copies, so a file Diplograph wrote is read without them.
 */
const DERIVED_NODE_ATTRIBUTES = ['independent_sources', 'articles', 'excerpts', 'name_en'];
const DERIVED_EDGE_ATTRIBUTES = [
  'stance',
  'quad_class',
  'modality',
  'independent_sources',
  'articles',
  'excerpts',
  'rolled_up_count',
  'rolled_up_from',
  'label',
  'weight',
];

// The DTD's internal subset can declare entities: expanded, they can read local files
// (external entities) or blow up memory (nested ones). Such a file is refused before
// any parser sees it, so nothing is ever resolved.
const ENTITY_DECLARATION = /<!ENTITY/i;

interface Checked {
  text: string;
  nodeElements: number[];
  edgeElements: number[];
  problems: RowProblem[];
}

function fileProblem(message: string): Checked {
  return { text: '', nodeElements: [], edgeElements: [], problems: [{ row: null, message }] };
}

function topLevelNodes(doc: Document, tag: 'node' | 'edge'): Element[] {
  // A GEXF node may hold sub-nodes (a hierarchy); only the graph's own are read.
  return Array.from(doc.getElementsByTagName(tag)).filter(
    (element) => element.parentNode?.parentNode?.nodeName !== 'node',
  );
}

/**
 * Checks a GEXF or GraphML file before the graphology parser reads it: refuses entity
 * declarations and malformed XML, reports duplicate node ids, duplicate edge ids and
 * edges to missing nodes with their element number, and takes those elements out so
 * that the rest can be read. Element numbers count `<node>` and `<edge>` from 1.
 */
function checkXml(text: string, format: XmlGraphFormat): Checked {
  if (text.trim() === '') return fileProblem('the file is empty');
  if (ENTITY_DECLARATION.test(text)) {
    return fileProblem(
      'the file declares XML entities (<!ENTITY …>); Diplograph never resolves them, so it is not read. Remove the DOCTYPE and import again',
    );
  }
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'application/xml');
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fileProblem(`the file is not well-formed XML: ${message}`);
  }
  const root = doc.documentElement?.localName;
  if (root !== format) {
    return fileProblem(
      `the file's root element is <${root ?? '?'}>, not <${format}>: it is not a ${format.toUpperCase()} file`,
    );
  }
  if (doc.getElementsByTagName('graph').length === 0) {
    return fileProblem(`the file has no <graph> element`);
  }
  const problems: RowProblem[] = [];
  const dropped: Element[] = [];
  const drop = (element: Element) => {
    element.parentNode?.removeChild(element);
    dropped.push(element);
  };
  const nodeIds = new Map<string, number>();
  const nodeElements: number[] = [];
  topLevelNodes(doc, 'node').forEach((element, i) => {
    const id = element.getAttribute('id') ?? '';
    const first = nodeIds.get(id);
    if (id === '') {
      problems.push({ row: i + 1, message: 'node: the element has no id; left out' });
      drop(element);
    } else if (first !== undefined) {
      problems.push({
        row: i + 1,
        message: `node: the id "${id}" is used by node element ${first}; this one is left out`,
      });
      drop(element);
    } else {
      nodeIds.set(id, i + 1);
      nodeElements.push(i + 1);
    }
  });
  const edgeIds = new Map<string, number>();
  const edgeElements: number[] = [];
  topLevelNodes(doc, 'edge').forEach((element, i) => {
    const id = element.getAttribute('id') ?? '';
    const missing = (['source', 'target'] as const).find(
      (end) => !nodeIds.has(element.getAttribute(end) ?? ''),
    );
    const first = edgeIds.get(id);
    if (missing !== undefined) {
      problems.push({
        row: i + 1,
        message: `edge: the ${missing} "${element.getAttribute(missing) ?? ''}" is not a node of the file; the edge is left out`,
      });
      drop(element);
    } else if (id !== '' && first !== undefined) {
      problems.push({
        row: i + 1,
        message: `edge: the id "${id}" is used by edge element ${first}; this one is left out`,
      });
      drop(element);
    } else {
      if (id !== '') edgeIds.set(id, i + 1);
      edgeElements.push(i + 1);
    }
  });
  return {
    text: dropped.length > 0 ? new XMLSerializer().serializeToString(doc) : text,
    nodeElements,
    edgeElements,
    problems,
  };
}

function fileValue(value: unknown): FileValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value)) return value.map(String).join('|');
  return undefined;
}

function textValue(value: unknown): string | undefined {
  const v = fileValue(value);
  return v === undefined || v === '' ? undefined : String(v);
}

/** An element's attributes, less the ones read as fields and (in our own files) the derived ones. */
function restOf(
  attributes: Record<string, unknown>,
  fields: readonly string[],
  derived: readonly string[],
  ours: boolean,
): Record<string, FileValue> {
  const rest: Record<string, FileValue> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (fields.includes(key) || derived.includes(key) || key === '__proto__') continue;
    const kept = fileValue(value);
    if (kept !== undefined) rest[ours ? unprefixedName(key) : key] = kept;
  }
  return rest;
}

// z: Gephi writes a third coordinate (0 in 2D layouts); the app draws in two.
const NODE_FIELDS = ['label', 'kind', 'date', 'cameo', 'x', 'y', 'z'];
const EDGE_FIELDS = ['kind', 'cameo', 'date', 'end_date', 'mutual', 'role'];

/**
 * Reads a GEXF or GraphML file with graphology's parsers (through @xmldom/xmldom, so it
 * runs in Node and in a web worker alike): nodes with their labels, attributes and
 * positions (`viz:position`, or `x`/`y` attributes), edges with their direction and
 * attributes. Diplograph's own attributes (kind, CAMEO code, dates) become fields.
 * @example readXmlGraphFile('<gexf …>…</gexf>', 'gexf', 'veld.gexf').nodes[0]
 * // { id: 'n1', row: 1, label: 'Norland', attributes: {}, … }
 */
export function readXmlGraphFile(
  text: string,
  format: XmlGraphFormat,
  file: string,
): GraphFileContent {
  const checked = checkXml(text, format);
  const content: GraphFileContent = {
    format,
    nodesFile: file,
    edgesFile: file,
    nodes: [],
    edges: [],
    rowsRead: checked.problems.filter((p) => p.row !== null).length,
    problems: checked.problems,
    notes: [],
  };
  if (checked.text === '') return content;
  let graph: ReturnType<typeof parseGexf>;
  try {
    graph =
      format === 'gexf'
        ? parseGexf(Graph, checked.text, { allowUndeclaredAttributes: true })
        : parseGraphml(Graph, checked.text);
  } catch (error) {
    content.problems.push({
      row: null,
      message: `the ${format.toUpperCase()} parser refused the file: ${error instanceof Error ? error.message : String(error)}`,
    });
    return content;
  }
  const ours = textValue(graph.getAttribute('creator')) === DIPLOGRAPH_CREATOR;
  if (ours) content.notes.push('written by Diplograph: its computed columns are left out');
  const nodeDerived = ours ? DERIVED_NODE_ATTRIBUTES : [];
  const edgeDerived = ours ? DERIVED_EDGE_ATTRIBUTES : [];
  let n = 0;
  graph.forEachNode((id, attributes: Record<string, unknown>) => {
    const x = attributes.x;
    const y = attributes.y;
    const nameEn = ours ? textValue(attributes.name_en) : undefined;
    content.nodes.push({
      id,
      row: checked.nodeElements[n] ?? n + 1,
      label: nameEn ?? textValue(attributes.label),
      kind: textValue(attributes.kind),
      date: textValue(attributes.date),
      cameo: textValue(attributes.cameo),
      position:
        typeof x === 'number' && typeof y === 'number' && Number.isFinite(x + y)
          ? [x, y]
          : undefined,
      attributes: restOf(attributes, NODE_FIELDS, nodeDerived, ours),
    });
    n += 1;
  });
  let e = 0;
  graph.forEachEdge(
    (key, attributes: Record<string, unknown>, source, target, _s, _t, undirected) => {
      content.edges.push({
        // graphology names edges the file gave no id ("geid_…"); those have none.
        id: /^geid_\d+_\d+$/.test(key) ? undefined : key,
        row: checked.edgeElements[e] ?? e + 1,
        source,
        target,
        directed: !undirected,
        kind: textValue(attributes.kind),
        cameo: textValue(attributes.cameo),
        date: textValue(attributes.date),
        endDate: textValue(attributes.end_date),
        role: textValue(attributes.role),
        mutual: attributes.mutual === true || attributes.mutual === 'true' ? true : undefined,
        attributes: restOf(attributes, EDGE_FIELDS, edgeDerived, ours),
      });
      e += 1;
    },
  );
  content.rowsRead += content.nodes.length + content.edges.length;
  if (content.rowsRead === 0) {
    content.problems.push({ row: null, message: 'the file holds no nodes and no edges' });
  }
  return content;
}
