import type { ImportFormat } from '../dataset/datasetSchema.ts';
import { acledFormat } from './acled/acledImporter.ts';
import { gdeltFormat } from './gdelt/gdeltImporter.ts';
import { icewsFormat } from './icews/icewsImporter.ts';
import type { RowFormat } from './rowImporter.ts';

/** A graph file, read whole (fileImporters.ts): Gephi tables, GEXF, GraphML. */
export interface GraphFileFormat {
  format: ImportFormat;
  input: 'file';
}

export type Importer = RowFormat | GraphFileFormat;

/**
 * Every import format, by name: one line each. Event formats stream row by row;
 * graph files are read whole, as their parsers need.
 * @example IMPORTERS.gdelt.input // 'rows'
 */
export const IMPORTERS: Record<ImportFormat, Importer> = {
  gdelt: gdeltFormat,
  acled: acledFormat,
  icews: icewsFormat,
  csv: { format: 'csv', input: 'file' },
  gexf: { format: 'gexf', input: 'file' },
  graphml: { format: 'graphml', input: 'file' },
};
