import type { Dataset, ImportFormat } from '../../dataset/datasetSchema.ts';
import type { ImportReport as SharedReport } from '../importReport.ts';

/** One row (or graph element) that could not be imported as it was, and why; row null for the whole file. */
export interface ImportProblem {
  row: number | null;
  message: string;
}

/** What an import did: rows read and kept, what was made, what went wrong, and notes for the analyst. */
export interface ImportReport {
  format: ImportFormat;
  rowsRead: number;
  rowsImported: number;
  entities: number;
  relations: number;
  articles: number;
  problems: ImportProblem[];
  notes: string[];
}

/**
 * A graph import's report in the shared terms the Node command prints (importReport.ts):
 * its problems tallied by reason, in the one file they concern.
 * @example asSharedReport(report, ['veld.gexf'], dataset).made.citations // 9
 */
export function asSharedReport(
  report: ImportReport,
  files: readonly string[],
  dataset: Dataset | null,
): SharedReport {
  const file = files.join(', ');
  const tally = new Map<string, { reason: string; count: number; examples: string[] }>();
  for (const problem of report.problems) {
    if (problem.row === null) continue;
    const reason = problem.message.replace(/"[^"]*"/g, '"…"');
    const entry = tally.get(reason) ?? { reason, count: 0, examples: [] };
    entry.count += 1;
    if (entry.examples.length < 5) entry.examples.push(`${file}:${problem.row}`);
    tally.set(reason, entry);
  }
  const items = dataset === null ? [] : [...dataset.entities, ...dataset.relations];
  return {
    format: report.format,
    // A graph import counts rows over its files, not per file.
    files: [],
    rowsRead: report.rowsRead,
    rowsImported: report.rowsImported,
    made: {
      entities: report.entities,
      relations: report.relations,
      articles: report.articles,
      citations: items.reduce((sum, item) => sum + (item.citations?.length ?? 0), 0),
    },
    leftOut: [...tally.values()].sort((a, b) => b.count - a.count),
    problems: report.problems.map((problem) => ({ file, ...problem })),
    notes: report.notes,
  };
}
