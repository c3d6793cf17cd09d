import type { ImportFormat } from '../dataset/datasetSchema.ts';
import {
  ACLED_FILES,
  GDELT_FILES,
  ICEWS_FILES,
  runEventImport,
  type EventFileFormat,
} from './eventFileImporters.ts';
import {
  readCsvTables,
  tableHeaders,
  tableKindOf,
  type ColumnMapping,
  type CsvTable,
} from './graphFiles/csvTables.ts';
import {
  graphFileDataset,
  type GraphImportOptions,
  type GraphImportResult,
} from './graphFiles/graphFileDataset.ts';
import { readXmlGraphFile } from './graphFiles/xmlGraphFile.ts';

/** The files an import reads, with the analyst's choices. */
export interface ImportInput {
  files: CsvTable[];
  options: GraphImportOptions;
  /** For tables: which column plays which role, per table kind; proposed from the headers when absent. */
  mappings?: { nodes?: ColumnMapping | undefined; edges?: ColumnMapping | undefined } | undefined;
}

/** One format the app and the Node command can import. */
export interface FileImporter {
  format: ImportFormat;
  /** File name endings it reads, lower-case, with the dot. */
  extensions: readonly string[];
  /** Whether the analyst maps columns before importing (tables). */
  hasColumnMapping: boolean;
  /** Whether the analyst picks the kinds the file does not give (graph files, not coded events). */
  hasKindDefaults: boolean;
  /** Whether a file's name and first characters say it is this format. */
  detects(name: string, head: string): boolean;
  run(input: ImportInput): GraphImportResult;
}

const endsWith = (name: string, extensions: readonly string[]) =>
  extensions.some((extension) => name.toLowerCase().endsWith(extension));

/**
 * Splits tables into a node table and an edge table: one table alone is an edge table
 * (its ends make the entities); of two, the one with source and target columns holds
 * the edges, and when the headers do not tell, the first is the node table.
 * @example sortTables([edges, nodes]) // { nodes, edges }
 */
export function sortTables(files: readonly CsvTable[]): { nodes?: CsvTable; edges?: CsvTable } {
  const [first, second] = files;
  if (first === undefined) return {};
  if (second === undefined) return { edges: first };
  const firstIsEdges = tableKindOf(tableHeaders(first.text)) === 'edges';
  const secondIsEdges = tableKindOf(tableHeaders(second.text)) === 'edges';
  return firstIsEdges && !secondIsEdges
    ? { nodes: second, edges: first }
    : { nodes: first, edges: second };
}

const csvImporter: FileImporter = {
  format: 'csv',
  extensions: ['.csv', '.tsv', '.txt'],
  hasColumnMapping: true,
  hasKindDefaults: true,
  detects: (name) => endsWith(name, ['.csv', '.tsv']),
  run: ({ files, options, mappings }) => {
    const { nodes, edges } = sortTables(files);
    if (edges === undefined) throw new Error('no table was given');
    const content = readCsvTables(
      { nodes, edges },
      { nodes: mappings?.nodes, edges: mappings?.edges },
    );
    return graphFileDataset(content, options);
  },
};

const xmlImporter = (format: 'gexf' | 'graphml'): FileImporter => ({
  format,
  extensions: [`.${format}`, '.xml'],
  hasColumnMapping: false,
  hasKindDefaults: true,
  detects: (name, head) =>
    endsWith(name, [`.${format}`]) || (endsWith(name, ['.xml']) && head.includes(`<${format}`)),
  run: ({ files, options }) => {
    const file = files[0];
    if (file === undefined) throw new Error('no file was given');
    return graphFileDataset(readXmlGraphFile(file.text, format, file.name), options);
  },
});

/** A coded-event format (GDELT, ACLED, ICEWS), known by its columns before its name. */
const eventImporter = (format: EventFileFormat): FileImporter => ({
  format: format.rows.format,
  extensions: ['.csv', '.tsv', '.tab', '.txt'],
  hasColumnMapping: false,
  hasKindDefaults: false,
  detects: format.detects,
  run: (input) => runEventImport(format, input),
});

/**
 * The importers the app's Import dialog offers, in the order it tries them: event
 * formats first (their columns tell them apart from a Gephi table), then graph files.
 */
export const FILE_IMPORTERS: readonly FileImporter[] = [
  eventImporter(GDELT_FILES),
  eventImporter(ACLED_FILES),
  eventImporter(ICEWS_FILES),
  xmlImporter('gexf'),
  xmlImporter('graphml'),
  csvImporter,
];

/**
 * The importer for a file, by its name and first characters; undefined when none reads it.
 * @example importerFor('veld.gexf', '<?xml …')?.format // 'gexf'
 */
export function importerFor(name: string, head: string): FileImporter | undefined {
  return FILE_IMPORTERS.find((importer) => importer.detects(name, head));
}

/**
 * Runs an importer on the files, turning anything it throws into a report problem.
 * @example runImport('gexf', { files: [{ name: 'veld.gexf', text }], options })
 */
export function runImport(format: ImportFormat, input: ImportInput): GraphImportResult {
  const importer = FILE_IMPORTERS.find((candidate) => candidate.format === format);
  try {
    if (importer === undefined) throw new Error(`no importer reads ${format} here`);
    return importer.run(input);
  } catch (error) {
    return {
      dataset: null,
      report: {
        format,
        files: [],
        rowsRead: 0,
        rowsImported: 0,
        made: { entities: 0, relations: 0, articles: 0, citations: 0 },
        leftOut: [],
        problems: [
          {
            file: input.files.map((file) => file.name).join(', '),
            row: null,
            message: error instanceof Error ? error.message : String(error),
          },
        ],
        notes: [],
      },
    };
  }
}
