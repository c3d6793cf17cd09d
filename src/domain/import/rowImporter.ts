import type { ImportFormat } from '../dataset/datasetSchema.ts';
import type { ImportResult } from './eventDatasetBuilder.ts';

/** What a file holds for a row format: GDELT's events or its mentions. */
export type FileRole = 'events' | 'mentions';

/** Options every importer takes. */
export interface ImportOptions {
  /** The dataset's id and English title. */
  id: string;
  title: string;
  /** ISO alpha-3 codes: keep only events between these states. */
  actors?: readonly string[] | null;
  synthetic?: boolean;
  maxCitationsPerRelation?: number;
}

/** How a driver (the Node command, a browser worker) parses the rows of a file with papaparse. */
export interface RowParsing {
  /** The field delimiter; "" lets papaparse guess. */
  delimiter: string;
  /** GDELT's files are unquoted: a quote character is then one that never occurs. */
  quoteChar: string;
}

/**
 * An importer fed row by row, so that files of any size stream through it: the
 * driver parses each file (papaparse) and hands its rows here, in order.
 */
export interface RowImporter {
  beginFile(name: string, role: FileRole): void;
  /** One parsed row: its cells, as text. */
  row(cells: string[]): void;
  endFile(): void;
  /** The current file cannot be read further (bad UTF-8): reported, its rows so far kept. */
  refuseFile(reason: string): void;
  finish(): ImportResult;
}

/** A format read row by row. */
export interface RowFormat {
  format: ImportFormat;
  input: 'rows';
  parsing: (role: FileRole) => RowParsing;
  create: (options: ImportOptions) => RowImporter;
}
