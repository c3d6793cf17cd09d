import { useEffect, useState } from 'react';

/**
 * A value that follows `value` once the browser has painted the frame it came in:
 * the graph marks a selection after the details panel has shown it. A large graph's
 * redraw takes a second in software, and Cytoscape draws in the same animation frame
 * as the page, so marking at once held the panel back by that second.
 * (A requestAnimationFrame callback runs before its frame is painted; a timeout set
 * there runs after.)
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(() => value));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
