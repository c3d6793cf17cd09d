import { preloadForceLayout } from './graphLayout.ts';
import { webglSupport } from './webglSupport.ts';

/**
 * While the first dataset loads the page waits on the network: the WebGL probe and
 * the force layout's code (a small dataset without stored positions is laid out in
 * the page) are done then, not after the dataset is ready, where the seed's first
 * frame waited for both (~40 ms probing, a round trip for the chunk). A link that
 * forces the canvas is not probed, and one with another layout fetches no fcose.
 */
export function warmUpGraphView({
  probeWebgl,
  forceLayout,
}: {
  probeWebgl: boolean;
  forceLayout: boolean;
}): void {
  if (forceLayout) preloadForceLayout().catch(() => undefined);
  if (probeWebgl) webglSupport();
}
