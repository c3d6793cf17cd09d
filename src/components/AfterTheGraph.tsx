import { useDeferredValue, type ReactNode } from 'react';

/**
 * Renders `children` in a pass of their own, after the one that mounts the graph: React
 * renders that deferred pass in slices, so the graph's first frame is not kept
 * waiting on panels beside it (at 20,000 entities the entity list sorts every name,
 * and with the filters and the legend it took ~50 ms). Only for panels whose late
 * arrival moves nothing else: the sidebar has a width of its own, the graph keeps its
 * size. Later renders are as usual; every mount defers (another dataset, a panel
 * unfolded, an error boundary reset), which costs one render more.
 */
export function AfterTheGraph({ children }: { children: ReactNode }) {
  const isMounted = useDeferredValue(true, false);
  return isMounted ? children : null;
}
