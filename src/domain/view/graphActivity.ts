/**
 * What the graph view is busy with before its first frame of a dataset: placing
 * the entities (a layout) or drawing them. null once the graph is drawn.
 *
 * @example { step: 'layout', entities: 1000 } // "Laying out 1,000 entities…"
 */
export type GraphActivity = {
  readonly step: 'layout' | 'drawing';
  readonly entities: number;
} | null;
