import type { Core, LayoutOptions } from 'cytoscape';
import { TIMING_MARKS } from '../domain/timing/timingMarks.ts';
import type { LayoutName } from '../domain/view/viewState.ts';
import { layoutSeed, withSeededRandom } from './layoutGraph.ts';

const LAYOUT_OPTIONS: Record<Exclude<LayoutName, 'force' | 'map'>, LayoutOptions> = {
  circle: { name: 'circle', animate: false, fit: false, spacingFactor: 1.1 },
  concentric: {
    name: 'concentric',
    animate: false,
    fit: false,
    minNodeSpacing: 40,
    concentric: (node) => node.degree(false),
    levelWidth: () => 2,
  },
};

/** The force layout's code (fcose), fetched on demand: a load asks for it early (warmUpGraphView). */
export const preloadForceLayout = () => import('./forceLayout.ts');

/**
 * Prepares a layout that places every element of the graph in the page, hidden or not, so that filters
 * never move what stays visible: circle and concentric layouts, and the force layout
 * of small graphs (which measures each label). Positions follow from the elements
 * and the layout's name alone (see withSeededRandom), which shared links depend on.
 * Large graphs get their force layout from the dataset or a worker (forceLayout.ts);
 * the map's positions come from mapLayout.ts.
 */
export async function layoutRunner(
  name: Exclude<LayoutName, 'map'>,
): Promise<(cy: Core) => Promise<void>> {
  // fcose is fetched on demand, before any element is added, so no frame is drawn
  // with the nodes unplaced.
  const options =
    name === 'force' ? (await preloadForceLayout()).FORCE_LAYOUT : LAYOUT_OPTIONS[name];
  return async (cy) => {
    const seed = layoutSeed(cy.elements().map((e) => e.id()));
    const layout = cy.elements().layout(options);
    const done = layout.promiseOn('layoutstop');
    performance.mark(TIMING_MARKS.layoutStarted);
    withSeededRandom(seed, () => layout.run());
    await done;
    performance.mark(TIMING_MARKS.layoutDone);
  };
}
