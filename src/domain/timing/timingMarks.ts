/**
 * Names of the performance marks the app sets while it loads a dataset, read by the
 * benchmark (`npm run bench`) and by anyone profiling in DevTools' Performance panel.
 */
export const TIMING_MARKS = {
  /** The dataset's text is asked for (fetch, or an opened file read). */
  datasetRequested: 'diplograph:dataset-requested',
  /** The text has arrived, before parsing. */
  datasetFetched: 'diplograph:dataset-fetched',
  /** Parsed, checked and indexed: ready to draw. */
  datasetReady: 'diplograph:dataset-ready',
  /** Positions computing starts (absent when the dataset carries them). */
  layoutStarted: 'diplograph:layout-started',
  /** Every entity has a position. */
  layoutDone: 'diplograph:layout-done',
  /** The first frame with the whole visible graph drawn at its camera. */
  graphDrawn: 'diplograph:graph-drawn',
} as const;
