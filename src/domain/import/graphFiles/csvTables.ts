import Papa from 'papaparse';
import { ENTITY_COLUMNS } from '../../export/entityTable.ts';
import { EXCERPT_COLUMNS } from '../../export/excerptCells.ts';
import { RELATION_COLUMNS } from '../../export/relationTable.ts';
import type { RowProblem } from './graphImportReport.ts';
import { unprefixedName } from './diplographCreator.ts';
import type { FileEdge, FileNode, FileValue, GraphFileContent } from './graphFileDataset.ts';

/** What a column of a node or edge table can mean; any column not mapped is kept as an attribute. */
export const COLUMN_ROLES = [
  'id',
  'label',
  'source',
  'target',
  'type',
  'kind',
  'cameo',
  'date',
  'endDate',
  'mutual',
  'role',
  'x',
  'y',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Which header plays each role (at most one per role); roles left out are not in the table. */
export type ColumnMapping = Partial<Record<ColumnRole, string>>;

export type TableKind = 'nodes' | 'edges';

/** The roles each kind of table can use. */
export const TABLE_ROLES: Record<TableKind, readonly ColumnRole[]> = {
  nodes: ['id', 'label', 'kind', 'cameo', 'date', 'x', 'y'],
  edges: ['id', 'source', 'target', 'type', 'kind', 'cameo', 'date', 'endDate', 'mutual', 'role'],
};

// Gephi's spreadsheet import names these columns; Diplograph's own CSV exports name
// the rest. Anything else is the analyst's to map.
const HEADER_NAMES: Record<ColumnRole, readonly string[]> = {
  id: ['id', 'node id', 'node', 'edge id', 'entity id', 'relation id'],
  // In preference order: Diplograph's tables give the English name beside the shown one.
  label: ['label', 'name en', 'name'],
  source: ['source', 'from', 'source id'],
  target: ['target', 'to', 'target id'],
  type: ['type', 'directed', 'direction'],
  kind: ['kind'],
  cameo: ['cameo', 'cameo code'],
  date: ['date', 'start', 'start date'],
  endDate: ['end date', 'end'],
  mutual: ['mutual'],
  role: ['role', 'office'],
  x: ['x'],
  y: ['y'],
};

const fold = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

/**
 * Proposes which header plays which role, by the names Gephi and Diplograph use,
 * case and underscores aside; the analyst confirms or changes it.
 * @example proposeColumnMapping(['Id', 'Label', 'population'], 'nodes') // { id: 'Id', label: 'Label' }
 */
export function proposeColumnMapping(headers: readonly string[], table: TableKind): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const role of TABLE_ROLES[table]) {
    for (const name of HEADER_NAMES[role]) {
      const header = headers.find((h) => fold(h) === name);
      if (header !== undefined && mapping[role] === undefined) mapping[role] = header;
    }
  }
  return mapping;
}

/**
 * Guesses whether a table lists nodes or edges: edges when it has a source and a target column.
 * @example tableKindOf(['Source', 'Target', 'Weight']) // 'edges'
 */
export function tableKindOf(headers: readonly string[]): TableKind {
  const mapping = proposeColumnMapping(headers, 'edges');
  return mapping.source !== undefined && mapping.target !== undefined ? 'edges' : 'nodes';
}

/** What is wrong with a mapping before it is used; empty when it can be used. */
export function mappingProblems(mapping: ColumnMapping, table: TableKind): string[] {
  const needed: ColumnRole[] = table === 'nodes' ? ['id'] : ['source', 'target'];
  const missing = needed.filter((role) => mapping[role] === undefined);
  const used = Object.values(mapping);
  const twice = used.filter((header, i) => used.indexOf(header) !== i);
  return [
    ...missing.map((role) => `no column is mapped to "${role}"`),
    ...[...new Set(twice)].map((header) => `the column "${header}" is mapped twice`),
  ];
}

/** A table as text, with the file it came from. */
export interface CsvTable {
  name: string;
  text: string;
}

export interface ParsedTable {
  headers: string[];
  rows: string[][];
  problems: RowProblem[];
}

const BOM = /^\uFEFF/;
// Diplograph's CSV exports put an apostrophe before a cell that a spreadsheet would
// run as a formula; reading it back takes that apostrophe off, and the cell stays text.
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

/**
 * Parses a CSV or TSV table (the delimiter detected) with papaparse, row by row. The
 * first row names the columns; a row with another number of cells is reported with
 * its number and left out. Cells stay text: nothing is evaluated.
 * @example parseTable('Id,Label\r\nn1,Norland\r\n').rows // [['n1', 'Norland']]
 */
export function parseTable(text: string): ParsedTable {
  const problems: RowProblem[] = [];
  // Set inside papaparse's callback, which TypeScript cannot follow.
  const read: { headers: string[] | null } = { headers: null };
  const rows: string[][] = [];
  let row = 0;
  Papa.parse<string[]>(text.replace(BOM, ''), {
    skipEmptyLines: 'greedy',
    step: (result) => {
      const cells = result.data;
      const headers = read.headers;
      if (headers === null) {
        read.headers = cells.map((cell) => cell.trim());
        return;
      }
      row += 1;
      const error = result.errors[0];
      if (error !== undefined) {
        problems.push({ row, message: `${error.message}; the row is left out` });
        return;
      }
      if (cells.length !== headers.length) {
        problems.push({
          row,
          message: `the row has ${cells.length} cells where the header names ${headers.length}; left out`,
        });
        return;
      }
      rows.push(cells);
    },
  });
  return { headers: read.headers ?? [], rows, problems };
}

/**
 * A table's header row alone, for the mapping step (the rest is not read).
 * @example tableHeaders('Id,Label\r\nn1,Norland\r\n') // ['Id', 'Label']
 */
export function tableHeaders(text: string): string[] {
  const result = Papa.parse<string[]>(text.replace(BOM, ''), { preview: 1 });
  return (result.data[0] ?? []).map((cell) => cell.trim());
}

/**
 * A cell as a value: a number only when it is written exactly as the number
 * ("040" stays text, a CAMEO code), true/false as booleans, the rest as text.
 * @example cellValue('12.5') // 12.5
 * @example cellValue("'=1+1") // '=1+1'
 */
export function cellValue(cell: string): FileValue {
  const text = cell.replace(ESCAPED_FORMULA, '');
  if (text !== '' && String(Number(text)) === text) return Number(text);
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text;
}

function textOf(cell: string | undefined): string | undefined {
  if (cell === undefined) return undefined;
  const text = cell.replace(ESCAPED_FORMULA, '').trim();
  return text === '' ? undefined : text;
}

function numberOf(cell: string | undefined): number | undefined {
  const text = textOf(cell);
  const value = text === undefined ? NaN : Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Each row's cells by the role their column plays. */
function readRows(
  table: ParsedTable,
  mapping: ColumnMapping,
): Map<ColumnRole, string | undefined>[] {
  const columns = (Object.entries(mapping) as [ColumnRole, string][]).map(
    ([role, header]) => [role, table.headers.indexOf(header)] as const,
  );
  return table.rows.map((cells) => new Map(columns.map(([role, i]) => [role, cells[i]])));
}

const DIPLOGRAPH_COLUMNS = new Set<string>([
  ...ENTITY_COLUMNS,
  ...RELATION_COLUMNS,
  ...EXCERPT_COLUMNS,
]);

/**
 * Whether a table is one of Diplograph's own CSV exports: its computed columns
 * (names, counts, stance, the excerpt beside each row) are then not attributes, and
 * an item repeated on several rows (one per excerpt) is one item.
 * @example isDiplographTable(['relation_id', 'kind', 'independent_sources', 'excerpt_number']) // true
 */
export function isDiplographTable(headers: readonly string[]): boolean {
  return (
    (headers.includes('entity_id') || headers.includes('relation_id')) &&
    headers.includes('independent_sources') &&
    headers.includes('excerpt_number')
  );
}

function attributesOf(
  table: ParsedTable,
  cells: string[],
  mapping: ColumnMapping,
): Record<string, FileValue> {
  const mapped = new Set<string>(Object.values(mapping));
  const ours = isDiplographTable(table.headers);
  if (ours) for (const column of DIPLOGRAPH_COLUMNS) mapped.add(column);
  const attributes: Record<string, FileValue> = {};
  table.headers.forEach((header, i) => {
    const cell = cells[i];
    if (mapped.has(header) || header === '' || header === '__proto__' || cell === undefined) return;
    if (cell.trim() === '') return;
    attributes[ours ? unprefixedName(header) : header] = cellValue(cell);
  });
  return attributes;
}

function isDirected(type: string | undefined): boolean | null {
  const value = type?.trim().toLowerCase();
  if (value === 'directed' || value === 'true' || value === 'forward' || value === 'both')
    return true;
  if (value === 'undirected' || value === 'false' || value === 'none') return false;
  return null;
}

/**
 * Reads Gephi-style node and edge tables (an edge table alone also works) through the
 * analyst's mappings into what a graph file holds. Row numbers count data rows from 1
 * in each table, as the report and the citations give them.
 * @example readCsvTables({ edges: { name: 'edges.csv', text: 'Source,Target\na,b\n' } }, {}, {})
 * // { nodes: [], edges: [{ source: 'a', target: 'b', row: 1, ... }], ... }
 */
export function readCsvTables(
  tables: { nodes?: CsvTable | undefined; edges: CsvTable },
  mappings: { nodes?: ColumnMapping | undefined; edges?: ColumnMapping | undefined },
): GraphFileContent {
  const problems: RowProblem[] = [];
  const notes: string[] = [];
  const nodes: FileNode[] = [];
  const edges: FileEdge[] = [];
  let rowsRead = 0;

  if (tables.nodes !== undefined) {
    const table = parseTable(tables.nodes.text);
    const mapping = mappings.nodes ?? proposeColumnMapping(table.headers, 'nodes');
    problems.push(...table.problems.map((p) => ({ ...p, message: `nodes table: ${p.message}` })));
    rowsRead += table.rows.length + table.problems.length;
    for (const message of mappingProblems(mapping, 'nodes')) {
      problems.push({ row: null, message: `nodes table: ${message}` });
    }
    const ours = isDiplographTable(table.headers);
    const seen = new Set<string>();
    if (mappingProblems(mapping, 'nodes').length === 0) {
      readRows(table, mapping).forEach((byRole, i) => {
        const cells = table.rows[i] ?? [];
        const id = textOf(byRole.get('id')) ?? '';
        if (ours && seen.has(id)) return;
        seen.add(id);
        const x = numberOf(byRole.get('x'));
        const y = numberOf(byRole.get('y'));
        if (id === '') {
          problems.push({ row: i + 1, message: 'nodes table: the row has no id; left out' });
          return;
        }
        nodes.push({
          id,
          row: i + 1,
          label: textOf(byRole.get('label')),
          kind: textOf(byRole.get('kind')),
          cameo: textOf(byRole.get('cameo')),
          date: textOf(byRole.get('date')),
          position: x !== undefined && y !== undefined ? [x, y] : undefined,
          attributes: attributesOf(table, cells, mapping),
        });
      });
    }
  }

  const table = parseTable(tables.edges.text);
  const mapping = mappings.edges ?? proposeColumnMapping(table.headers, 'edges');
  problems.push(...table.problems.map((p) => ({ ...p, message: `edges table: ${p.message}` })));
  rowsRead += table.rows.length + table.problems.length;
  for (const message of mappingProblems(mapping, 'edges')) {
    problems.push({ row: null, message: `edges table: ${message}` });
  }
  const ours = isDiplographTable(table.headers);
  const seen = new Set<string>();
  if (mappingProblems(mapping, 'edges').length === 0) {
    readRows(table, mapping).forEach((byRole, i) => {
      const cells = table.rows[i] ?? [];
      const id = textOf(byRole.get('id'));
      if (ours && id !== undefined && seen.has(id)) return;
      if (id !== undefined) seen.add(id);
      const type = textOf(byRole.get('type'));
      const mutual = textOf(byRole.get('mutual')) ?? (type === 'both' ? 'true' : undefined);
      edges.push({
        id,
        row: i + 1,
        source: textOf(byRole.get('source')) ?? '',
        target: textOf(byRole.get('target')) ?? '',
        directed: isDirected(byRole.get('type')),
        kind: textOf(byRole.get('kind')),
        cameo: textOf(byRole.get('cameo')),
        date: textOf(byRole.get('date')),
        endDate: textOf(byRole.get('endDate')),
        role: textOf(byRole.get('role')),
        mutual: mutual === undefined ? undefined : mutual.toLowerCase() === 'true',
        attributes: attributesOf(table, cells, mapping),
      });
    });
  }
  if (rowsRead === 0) problems.push({ row: null, message: 'the table holds no data rows' });
  if (tables.nodes === undefined) {
    notes.push('an edge table alone: each entity is made from the first row that names it');
  }
  return {
    format: 'csv',
    nodesFile: tables.nodes?.name ?? null,
    edgesFile: tables.edges.name,
    nodes,
    edges,
    rowsRead,
    problems,
    notes,
  };
}
