import { TIMING_MARKS } from '../domain/timing/timingMarks.ts';

/**
 * Runs `then` once, when the page's first graph has been drawn (its timing mark), or
 * after `atLatestMs` if none is: a load that fails, a link to the table or to the
 * annotation screen. For work that matters less than the first graph and would
 * compete with it for the network or a core.
 */
export function whenFirstGraphDrawn(then: () => void, atLatestMs: number): void {
  let isDone = false;
  const run = () => {
    if (isDone) return;
    isDone = true;
    clearTimeout(latest);
    observer?.disconnect();
    then();
  };
  const latest = setTimeout(run, atLatestMs);
  const observer =
    typeof PerformanceObserver === 'undefined'
      ? null
      : new PerformanceObserver((marks) => {
          if (marks.getEntriesByName(TIMING_MARKS.graphDrawn).length > 0) run();
        });
  // Buffered: a mark made before this line counts too.
  observer?.observe({ type: 'mark', buffered: true });
}
