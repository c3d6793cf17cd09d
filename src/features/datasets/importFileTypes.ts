// Which files go to the Import dialog: one list for its file chooser and for files
// dropped on the page. Kept apart from the dialog, which loads on demand.

/** Endings of the files the Import dialog reads: event tables (GDELT's .CSV, ICEWS's .tab) and graph files. */
export const IMPORT_EXTENSIONS = ['.csv', '.tsv', '.tab', '.txt', '.gexf', '.graphml', '.xml'];

/** The file chooser's `accept`: the endings, and the media types of tables. */
export const IMPORT_ACCEPT = [...IMPORT_EXTENSIONS, 'text/csv', 'text/tab-separated-values'].join(
  ',',
);

/**
 * Whether a file is one to import rather than a dataset to open (JSON).
 * @example isImportedFile('20240619.export.CSV') // true
 */
export function isImportedFile(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORT_EXTENSIONS.some((ending) => lower.endsWith(ending));
}
