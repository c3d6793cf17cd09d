/**
 * Runs `step` in the page's idle periods until it returns true (done); returns a
 * cancel. `step` works while `hasTime()` says the idle period lasts.
 */
export function whenIdle(step: (hasTime: () => boolean) => boolean): () => void {
  let cancelled = false;
  let cancelNext: () => void = () => undefined;
  const run = (hasTime: () => boolean) => {
    if (!cancelled && !step(hasTime)) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback((deadline) => run(() => deadline.timeRemaining() > 2));
      cancelNext = () => cancelIdleCallback(handle);
    } else {
      // Without idle callbacks (Safari): short slices between tasks.
      const handle = setTimeout(() => {
        const until = performance.now() + 8;
        run(() => performance.now() < until);
      }, 50);
      cancelNext = () => clearTimeout(handle);
    }
  };
  schedule();
  return () => {
    cancelled = true;
    cancelNext();
  };
}
