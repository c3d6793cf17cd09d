import type { ImportFormat } from '../dataset/datasetSchema.ts';

/** A row that was not imported, or imported with a caveat: where it is and why. */
export interface ImportProblem {
  file: string;
  /** The data row (first data row = 1); null for a whole-file problem. */
  row: number | null;
  message: string;
}

/** How many rows one reason left out, with the first few rows for a person to look at. */
export interface ReasonCount {
  reason: string;
  count: number;
  /** "file:row" of the first rows it concerns (at most five). */
  examples: string[];
}

/** What an import (and a merge into an existing dataset) matched, added and left out. */
export interface MergeReport {
  /** Imported entities found in the existing dataset, and by what. */
  matched: { imported: string; existing: string; by: 'country' | 'id' | 'name' }[];
  added: { entities: number; relations: number; articles: number };
  leftOut: ReasonCount[];
}

/** The shared account of what an importer did, whatever the format. */
export interface ImportReport {
  format: ImportFormat;
  files: { name: string; role: string; rowsRead: number }[];
  rowsRead: number;
  rowsImported: number;
  made: { entities: number; relations: number; articles: number; citations: number };
  /** Rows not imported, tallied by reason. */
  leftOut: ReasonCount[];
  /** The first problems with their rows (the tally above counts them all). */
  problems: ImportProblem[];
  /** Facts about the import worth knowing: disagreements kept, counts capped. */
  notes: string[];
  merge?: MergeReport;
}

const MAX_PROBLEMS = 200;
const MAX_EXAMPLES = 5;

/** Collects problems and reasons row by row, keeping memory bounded on large files. */
export class ReportCollector {
  private readonly tally = new Map<string, ReasonCount>();
  readonly problems: ImportProblem[] = [];
  readonly notes: string[] = [];

  /** Records that a row was left out (or a whole file, when row is null), and why. */
  leave(file: string, row: number | null, reason: string, detail?: string): void {
    let entry = this.tally.get(reason);
    if (entry === undefined) {
      entry = { reason, count: 0, examples: [] };
      this.tally.set(reason, entry);
    }
    entry.count += 1;
    if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(`${file}:${row ?? '-'}`);
    if (this.problems.length < MAX_PROBLEMS) {
      this.problems.push({
        file,
        row,
        message: detail === undefined ? reason : `${reason}: ${detail}`,
      });
    }
  }

  leftOut(): ReasonCount[] {
    return [...this.tally.values()].sort((a, b) => b.count - a.count);
  }

  count(): number {
    let total = 0;
    for (const entry of this.tally.values()) total += entry.count;
    return total;
  }
}

/**
 * The report as lines for a terminal.
 * @example formatImportReport(report)[0] // 'gdelt: 12 rows read, 9 imported'
 */
export function formatImportReport(report: ImportReport): string[] {
  const lines = [
    `${report.format}: ${report.rowsRead} rows read, ${report.rowsImported} imported`,
    ...report.files.map((file) => `  ${file.role} ${file.name}: ${file.rowsRead} rows`),
    `made ${report.made.entities} entities, ${report.made.relations} relations, ${report.made.articles} articles, ${report.made.citations} citations`,
  ];
  if (report.leftOut.length > 0) {
    lines.push('left out:');
    for (const entry of report.leftOut) {
      lines.push(`  ${entry.count} × ${entry.reason} (e.g. ${entry.examples.join(', ')})`);
    }
  }
  for (const note of report.notes) lines.push(`note: ${note}`);
  if (report.merge !== undefined) {
    const { matched, added, leftOut } = report.merge;
    lines.push(
      `merge: ${matched.length} entities matched, added ${added.entities} entities, ${added.relations} relations, ${added.articles} articles`,
    );
    for (const match of matched) {
      lines.push(`  matched ${match.imported} → ${match.existing} (by ${match.by})`);
    }
    for (const entry of leftOut) {
      lines.push(`  left out ${entry.count} × ${entry.reason} (e.g. ${entry.examples.join(', ')})`);
    }
  }
  return lines;
}
