import Papa from 'papaparse';
import type { ImportResult } from './eventDatasetBuilder.ts';
import type { FileRole, ImportOptions, RowFormat, RowImporter } from './rowImporter.ts';

/** A file already read as text, with what it holds. */
export interface TextFile {
  name: string;
  role: FileRole;
  text: string;
}

/**
 * Feeds one file's text to an importer row by row through papaparse (its `step`
 * callback, so no table of rows is built). A byte order mark is dropped.
 */
export function feedText(format: RowFormat, importer: RowImporter, file: TextFile): void {
  importer.beginFile(file.name, file.role);
  const { delimiter, quoteChar } = format.parsing(file.role);
  Papa.parse<string[]>(file.text.replace(/^\uFEFF/, ''), {
    delimiter,
    quoteChar,
    skipEmptyLines: true,
    step: (results) => importer.row(results.data),
  });
  importer.endFile();
}

/**
 * Imports files given as text (tests, a browser worker with a small file): events
 * first, then mentions.
 * @example importTexts(gdeltFormat, [{ name: 'day.export.CSV', role: 'events', text }], { id: 'x', title: 'X' }).report.rowsRead
 */
export function importTexts(
  format: RowFormat,
  files: readonly TextFile[],
  options: ImportOptions,
): ImportResult {
  const importer = format.create(options);
  const ordered = [
    ...files.filter((file) => file.role === 'events'),
    ...files.filter((file) => file.role === 'mentions'),
  ];
  for (const file of ordered) feedText(format, importer, file);
  return importer.finish();
}
