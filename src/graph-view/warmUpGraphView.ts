import { preloadForceLayout } from './graphLayout.ts';

/**
 * Fetches the force layout's code while React renders the explorer, for a first
 * dataset laid out in the page (small, without stored positions), instead of after
 * the graph view asks for it. A dataset with positions, a large one (laid out in a
 * worker or shown as an overview) and a link with another layout fetch no fcose.
 * (WebGL is probed only for a large dataset, once its size is known: see
 * `chooseRenderer`.)
 */
export function warmUpGraphView({ forceLayout }: { forceLayout: boolean }): void {
  if (forceLayout) preloadForceLayout().catch(() => undefined);
}
