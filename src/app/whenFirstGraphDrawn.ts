import { TIMING_MARKS } from '../domain/timing/timingMarks.ts';

/**
 * Runs `then` once, when the page's first graph has been drawn (its timing mark), or
 * `atLatestMs` after this call if none is by then: a load that fails, a link to the
 * table or to the annotation screen, a very slow first graph. For work that matters
 * less than the first graph and would compete with it for the network or a core.
 */
export function whenFirstGraphDrawn(then: () => void, atLatestMs: number): void {
  let isDone = false;
  let observer: PerformanceObserver | null = null;
  const run = () => {
    if (isDone) return;
    isDone = true;
    clearTimeout(latest);
    observer?.disconnect();
    then();
  };
  const latest = setTimeout(run, atLatestMs);
  try {
    observer = new PerformanceObserver((marks) => {
      if (marks.getEntriesByName(TIMING_MARKS.graphDrawn).length > 0) run();
    });
    // Buffered: a mark made before this line counts too.
    observer.observe({ type: 'mark', buffered: true });
  } catch {
    // A browser without observers of marks: the time limit alone decides.
    observer?.disconnect();
    observer = null;
  }
}
