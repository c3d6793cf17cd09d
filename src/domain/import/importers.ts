import type { ImportFormat } from '../dataset/datasetSchema.ts';
import { acledFormat } from './acled/acledImporter.ts';
import { gdeltFormat } from './gdelt/gdeltImporter.ts';
import { icewsFormat } from './icews/icewsImporter.ts';
import type { RowFormat } from './rowImporter.ts';

/** A format this build cannot import yet (the graph files arrive with their own branch). */
export interface UnavailableFormat {
  format: ImportFormat;
  input: 'unavailable';
}

export type Importer = RowFormat | UnavailableFormat;

/**
 * Every import format, by name: one line each. Graph files (csv, gexf, graphml)
 * plug in here when their importers are merged.
 * @example IMPORTERS.gdelt.input // 'rows'
 */
export const IMPORTERS: Record<ImportFormat, Importer> = {
  gdelt: gdeltFormat,
  acled: acledFormat,
  icews: icewsFormat,
  csv: { format: 'csv', input: 'unavailable' },
  gexf: { format: 'gexf', input: 'unavailable' },
  graphml: { format: 'graphml', input: 'unavailable' },
};
