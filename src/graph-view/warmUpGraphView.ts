import { preloadForceLayout } from './graphLayout.ts';

/**
 * While the first dataset loads the page waits on the network: the force layout's
 * code (a small dataset without stored positions is laid out in the page) is fetched
 * then, not after the dataset is ready, where the seed's first frame waited for a
 * round trip for the chunk. A link with another layout fetches no fcose. (WebGL is
 * probed only for a large dataset, once its size is known: see `chooseRenderer`.)
 */
export function warmUpGraphView({ forceLayout }: { forceLayout: boolean }): void {
  if (forceLayout) preloadForceLayout().catch(() => undefined);
}
