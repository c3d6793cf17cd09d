// What the Export menu offers, apart from the code that makes the files: that code
// (exportFile.ts) is loaded when the first export is asked for, not at start.

/** Pictures of the graph as drawn; the app passes the graph view's. */
export interface PictureSource {
  png(whole: boolean): Promise<Blob>;
  svg(whole: boolean): Promise<string>;
  /** What is in view, in the light theme, for print. */
  printPng(): Promise<Blob>;
}

export const PICTURE_EXPORTS = ['view-png', 'whole-png', 'view-svg', 'whole-svg'] as const;
export const DATA_EXPORTS = ['dataset', 'entities', 'relations', 'gexf', 'graphml'] as const;
/** Offered only while two periods are compared. */
export const COMPARISON_EXPORT = 'comparison';
export type ExportKind =
  (typeof PICTURE_EXPORTS)[number] | (typeof DATA_EXPORTS)[number] | typeof COMPARISON_EXPORT;
