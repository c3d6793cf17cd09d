import type { Dataset, ImportFormat } from '../../dataset/datasetSchema.ts';
import type { ImportReport } from '../importReport.ts';

/** One row (or graph element) of a graph file that could not be imported as it was; row null for the whole file. */
export interface RowProblem {
  row: number | null;
  message: string;
}

/** What a graph import counted and met, before it is told in the shared report's terms. */
export interface GraphImportTally {
  format: ImportFormat;
  /** The node table (or the one graph file) and the edge table; null when there is none. */
  nodesFile: string | null;
  edgesFile: string;
  rowsRead: number;
  rowsImported: number;
  problems: RowProblem[];
  notes: string[];
}

/** Messages name the value they concern in quotes: the same reason, whatever the value. */
const reasonOf = (message: string) => message.replace(/"[^"]*"/g, '"…"');

/**
 * A graph import told in the shared report every importer gives (importReport.ts):
 * each problem in the file it concerns (a node's in the node table, an edge's in the
 * edge table), tallied by reason, with what the dataset holds.
 * @example graphImportReport(tally, dataset).made.citations // 9
 */
export function graphImportReport(tally: GraphImportTally, dataset: Dataset | null): ImportReport {
  const { nodesFile, edgesFile } = tally;
  const fileOf = (problem: RowProblem) => {
    if (problem.row === null)
      return nodesFile === null || nodesFile === edgesFile
        ? edgesFile
        : `${nodesFile}, ${edgesFile}`;
    return problem.message.startsWith('node') && nodesFile !== null ? nodesFile : edgesFile;
  };
  const problems = tally.problems.map((problem) => ({ file: fileOf(problem), ...problem }));
  const leftOut = new Map<string, { reason: string; count: number; examples: string[] }>();
  for (const problem of problems) {
    if (problem.row === null) continue;
    const reason = reasonOf(problem.message);
    const entry = leftOut.get(reason) ?? { reason, count: 0, examples: [] };
    entry.count += 1;
    if (entry.examples.length < 5) entry.examples.push(`${problem.file}:${problem.row}`);
    leftOut.set(reason, entry);
  }
  const items = dataset === null ? [] : [...dataset.entities, ...dataset.relations];
  return {
    format: tally.format,
    // A graph import counts rows over its files, not per file.
    files: [],
    rowsRead: tally.rowsRead,
    rowsImported: tally.rowsImported,
    made: {
      entities: dataset?.entities.length ?? 0,
      relations: dataset?.relations.length ?? 0,
      articles: dataset?.articles.length ?? 0,
      citations: items.reduce((sum, item) => sum + (item.citations?.length ?? 0), 0),
    },
    leftOut: [...leftOut.values()].sort((a, b) => b.count - a.count),
    problems,
    notes: tally.notes,
  };
}
