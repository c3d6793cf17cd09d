import {
  ENTITY_KINDS,
  FORMAT_VERSION,
  type Article,
  type Attributes,
  type Citation,
  type Dataset,
  type DateClaim,
  type Entity,
  type EntityKind,
  type Positions,
  type Relation,
} from '../../dataset/datasetSchema.ts';
import { checkImported } from '../checkImported.ts';
import { citedArticle } from '../citedArticle.ts';
import { CAMEO_CODE_PATTERN, quadClassOf } from '../../relations/quadClass.ts';
import {
  RELATION_KINDS,
  RELATION_KIND_IDS,
  stanceOfQuadClass,
  type RelationKind,
} from '../../relations/relationKinds.ts';
import type { ImportReport } from '../importReport.ts';
import { graphImportReport, type GraphImportTally, type RowProblem } from './graphImportReport.ts';

/** A value an imported file gives for a column or attribute. */
export type FileValue = string | number | boolean;

/** A node as a graph file gives it, before it becomes an entity. */
export interface FileNode {
  /** The file's own id, as written. */
  id: string;
  /** The table row (first data row = 1) or the number of the `<node>` element. */
  row: number;
  label?: string | undefined;
  /** Diplograph's own fields when the file carries them (our exports), or mapped columns. */
  kind?: string | undefined;
  date?: string | undefined;
  cameo?: string | undefined;
  position?: readonly [number, number] | undefined;
  attributes: Record<string, FileValue>;
}

/** An edge as a graph file gives it, before it becomes a relation. */
export interface FileEdge {
  id?: string | undefined;
  row: number;
  source: string;
  target: string;
  /** Whether the file draws it with an arrow; null when it does not say. */
  directed: boolean | null;
  kind?: string | undefined;
  cameo?: string | undefined;
  date?: string | undefined;
  endDate?: string | undefined;
  mutual?: boolean | undefined;
  /** For holds-office: the office held, in English. */
  role?: string | undefined;
  attributes: Record<string, FileValue>;
}

/** What one graph file (or a pair of CSV tables) holds, read row by row, with the problems met. */
export interface GraphFileContent {
  format: 'csv' | 'gexf' | 'graphml';
  /** The file the nodes come from; null when an edge table alone is imported. */
  nodesFile: string | null;
  edgesFile: string;
  nodes: FileNode[];
  edges: FileEdge[];
  rowsRead: number;
  problems: RowProblem[];
  notes: string[];
}

/**
 * What the analyst decides where the file says nothing: the kind of an entity or a
 * relation whose file gives none (never guessed from names), and the dataset's id and title.
 */
export interface GraphImportOptions {
  defaultEntityKind: EntityKind;
  defaultRelationKind: RelationKind;
  id?: string | undefined;
  title?: string | undefined;
  /** True only when the analyst says the file is generated test data with fictional names. */
  synthetic?: boolean | undefined;
}

/** The documented defaults the app and the Node command offer before the analyst changes them. */
export const DEFAULT_GRAPH_IMPORT_OPTIONS: GraphImportOptions = {
  defaultEntityKind: 'state',
  defaultRelationKind: 'pursues-policy-toward',
};

export interface GraphImportResult {
  /** Null when no valid dataset could be made; the report says why. */
  dataset: Dataset | null;
  report: ImportReport;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A file's id as a dataset id: lower-case letters and digits joined by hyphens.
 * @example slugOf('Norland Ministry (2031)') // 'norland-ministry-2031'
 */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** Hands out dataset ids, unique across entities and relations (they share one namespace). */
function idMaker() {
  const taken = new Set<string>();
  return (wanted: string, fallback: string): string => {
    const base = slugOf(wanted) || fallback;
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}

function isEntityKind(value: string | undefined): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value ?? '');
}

function isRelationKind(value: string | undefined): value is RelationKind {
  return (RELATION_KIND_IDS as readonly string[]).includes(value ?? '');
}

function dateClaim(value: string | undefined): DateClaim | undefined {
  return value !== undefined && ISO_DATE.test(value) ? { date: value } : undefined;
}

function fileArticle(file: string, format: GraphFileContent['format'], taken: Set<string>) {
  let id = `file-${slugOf(file) || format}`;
  for (let n = 2; taken.has(id); n += 1) id = `file-${slugOf(file) || format}-${n}`;
  taken.add(id);
  return citedArticle({
    id,
    identifier: file,
    annotatedBy: `Imported from a ${format.toUpperCase()} file by Diplograph`,
  });
}

function withAttributes<T extends object>(item: T, attributes: Record<string, FileValue>): T {
  return Object.keys(attributes).length === 0
    ? item
    : { ...item, attributes: { ...attributes } satisfies Attributes };
}

/**
 * Makes a dataset of what a graph file holds: each node an entity, each edge a
 * relation, every one citing the file's row or element it came from (the file is a
 * cited article with no text). Kinds come from the file when it carries Diplograph's
 * own (`kind`), else from the analyst's defaults; a CAMEO code is kept only when its
 * stance fits the kind. Duplicate ids, edges to missing nodes and ends of the wrong
 * kind are reported with their row, never dropped silently. The result must pass the
 * dataset checks, or it is refused (dataset null) with their problems.
 * @example graphFileDataset(readCsvTables(...), DEFAULT_GRAPH_IMPORT_OPTIONS)
 * // { dataset: { entities: [...], relations: [...], ... }, report: { rowsRead: 7, ... } }
 */
export function graphFileDataset(
  content: GraphFileContent,
  options: GraphImportOptions,
): GraphImportResult {
  const problems = [...content.problems];
  const notes = [...content.notes];
  const articleIds = new Set<string>();
  const edgesArticle = fileArticle(content.edgesFile, content.format, articleIds);
  const nodesArticle =
    content.nodesFile === null || content.nodesFile === content.edgesFile
      ? edgesArticle
      : fileArticle(content.nodesFile, content.format, articleIds);
  const nodesFileName = content.nodesFile ?? content.edgesFile;
  const cite = (article: Article, file: string, row: number, id: string | undefined): Citation => ({
    article: article.id,
    source: {
      format: content.format,
      file,
      row,
      ...(id === undefined || id === '' ? {} : { id }),
    },
  });

  const newId = idMaker();
  const entityIdOf = new Map<string, string>();
  const entities: Entity[] = [];
  const positions: Positions = {};
  let withPosition = 0;
  let rowsImported = 0;

  const addEntity = (node: FileNode, article: Article, file: string) => {
    const id = newId(node.label !== undefined && node.id === '' ? node.label : node.id, 'node');
    entityIdOf.set(node.id, id);
    let kind: EntityKind = options.defaultEntityKind;
    const attributes = { ...node.attributes };
    if (isEntityKind(node.kind)) kind = node.kind;
    else if (node.kind !== undefined && node.kind !== '') {
      attributes.kind = node.kind;
      problems.push({
        row: node.row,
        message: `node: "${node.kind}" is not an entity kind (${ENTITY_KINDS.join(', ')}); imported as ${kind}, the value kept as the attribute "kind"`,
      });
    }
    const label = node.label?.trim() ?? '';
    const name = { en: label === '' ? node.id : label };
    const common = {
      id,
      name,
      evidence: [],
      citations: [cite(article, file, node.row, node.id)],
    };
    const entity: Entity =
      kind === 'meeting'
        ? {
            ...common,
            kind,
            date: dateClaim(node.date) ?? { date: null },
            place: null,
            cameo:
              node.cameo !== undefined && CAMEO_CODE_PATTERN.test(node.cameo) ? node.cameo : null,
          }
        : { ...common, kind };
    entities.push(withAttributes(entity, attributes));
    if (node.position !== undefined) {
      positions[id] = [node.position[0], node.position[1]];
      withPosition += 1;
    }
  };

  for (const node of content.nodes) {
    if (entityIdOf.has(node.id)) {
      problems.push({
        row: node.row,
        message: `node: the id "${node.id}" is used by an earlier node; this one is left out`,
      });
      continue;
    }
    addEntity(node, nodesArticle, nodesFileName);
    rowsImported += 1;
  }

  const kindOfEntity = new Map(entities.map((entity) => [entity.id, entity.kind]));
  const relations: Relation[] = [];
  for (const edge of content.edges) {
    const ends: string[] = [];
    for (const [end, fileId] of [
      ['source', edge.source],
      ['target', edge.target],
    ] as const) {
      if (fileId === '') {
        problems.push({ row: edge.row, message: `edge: no ${end}; left out` });
        continue;
      }
      let id = entityIdOf.get(fileId);
      if (id === undefined && content.nodesFile === null) {
        // An edge table alone: its ends are the entities, cited at their first row.
        addEntity({ id: fileId, row: edge.row, attributes: {} }, edgesArticle, content.edgesFile);
        id = entityIdOf.get(fileId);
        if (id !== undefined) kindOfEntity.set(id, options.defaultEntityKind);
      }
      if (id === undefined) {
        problems.push({
          row: edge.row,
          message: `edge: the ${end} "${fileId}" is not a node of the file; the edge is left out`,
        });
        continue;
      }
      ends.push(id);
    }
    const [source, target] = ends;
    if (source === undefined || target === undefined) continue;

    const attributes = { ...edge.attributes };
    let kind: RelationKind = options.defaultRelationKind;
    if (isRelationKind(edge.kind)) kind = edge.kind;
    else if (edge.kind !== undefined && edge.kind !== '') {
      attributes.kind = edge.kind;
      problems.push({
        row: edge.row,
        message: `edge: "${edge.kind}" is not a relation kind; imported as ${kind}, the value kept as the attribute "kind"`,
      });
    }
    const info = RELATION_KINDS[kind];
    const sourceKind = kindOfEntity.get(source);
    const targetKind = kindOfEntity.get(target);
    if (
      !(info.sourceKinds as readonly string[]).includes(sourceKind ?? '') ||
      !(info.targetKinds as readonly string[]).includes(targetKind ?? '')
    ) {
      problems.push({
        row: edge.row,
        message: `edge: a "${kind}" relation runs from ${info.sourceKinds.join('/')} to ${info.targetKinds.join('/')}, not from ${sourceKind ?? '?'} to ${targetKind ?? '?'}; left out`,
      });
      continue;
    }
    if (source === target) {
      problems.push({ row: edge.row, message: 'edge: both ends are the same node; left out' });
      continue;
    }
    if (kind === 'holds-office' && edge.role === undefined) {
      problems.push({
        row: edge.row,
        message: 'edge: a holds-office relation needs the office held (a "role" column); left out',
      });
      continue;
    }
    if (kind !== 'holds-office' && edge.role !== undefined) attributes.role = edge.role;
    let cameo: string | undefined;
    if (edge.cameo !== undefined && edge.cameo !== '') {
      const quadClass = CAMEO_CODE_PATTERN.test(edge.cameo) ? quadClassOf(edge.cameo) : null;
      const fits =
        quadClass !== null &&
        info.category === 'interaction' &&
        (info.allowedStances as readonly string[]).includes(stanceOfQuadClass(quadClass));
      if (fits) cameo = edge.cameo;
      else {
        attributes.cameo = edge.cameo;
        problems.push({
          row: edge.row,
          message: `edge: the CAMEO code "${edge.cameo}" does not fit a "${kind}" relation; kept as the attribute "cameo" only`,
        });
      }
    }
    const start = dateClaim(edge.date);
    const end = dateClaim(edge.endDate);
    const relation: Relation = {
      id: newId(edge.id ?? '', `edge-${edge.row}`),
      kind,
      source,
      target,
      ...(edge.mutual === true && info.direction === 'directed' && info.category === 'interaction'
        ? { mutual: true }
        : {}),
      ...(kind === 'holds-office' && edge.role !== undefined ? { role: { en: edge.role } } : {}),
      ...(cameo === undefined ? {} : { cameo }),
      ...(start === undefined ? {} : { start }),
      ...(end === undefined ? {} : { end }),
      evidence: [],
      citations: [cite(edgesArticle, content.edgesFile, edge.row, edge.id)],
    };
    relations.push(withAttributes(relation, attributes));
    rowsImported += 1;
  }

  if (withPosition > 0 && withPosition < entities.length) {
    notes.push(
      `${withPosition} of ${entities.length} entities have a position in the file; the app draws positions only when every entity has one, so they are left out`,
    );
  }
  const articles = edgesArticle === nodesArticle ? [edgesArticle] : [nodesArticle, edgesArticle];
  const title = options.title ?? content.nodesFile ?? content.edgesFile;
  const candidate: Dataset = {
    formatVersion: FORMAT_VERSION,
    id: slugOf(options.id ?? '') || slugOf(title) || 'imported-graph',
    title: { en: title.trim() || 'Imported graph' },
    synthetic: options.synthetic ?? false,
    articles,
    entities,
    relations,
    ...(withPosition > 0 && withPosition === entities.length ? { positions } : {}),
  };
  const tally: GraphImportTally = {
    format: content.format,
    nodesFile: content.nodesFile,
    edgesFile: content.edgesFile,
    rowsRead: content.rowsRead,
    rowsImported,
    problems,
    notes,
  };
  // A problem with the whole file (no usable mapping, not XML, empty) leaves nothing
  // trustworthy to open, even where some rows were read.
  if (content.problems.some((p) => p.row === null) || entities.length === 0) {
    if (entities.length === 0 && !problems.some((p) => p.row === null)) {
      problems.push({ row: null, message: 'nothing to import: the file gives no entities' });
    }
    return { dataset: null, report: graphImportReport(tally, candidate) };
  }
  const checked = checkImported(candidate);
  if (!checked.ok) {
    problems.push(...checked.messages.map((message) => ({ row: null, message })));
    return { dataset: null, report: graphImportReport(tally, candidate) };
  }
  return { dataset: checked.dataset, report: graphImportReport(tally, checked.dataset) };
}
