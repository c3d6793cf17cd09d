import type { ImportFormat } from '../../dataset/datasetSchema.ts';

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
