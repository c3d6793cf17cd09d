import type { Core, LayoutOptions } from 'cytoscape';
import { TIMING_MARKS } from '../domain/timing/timingMarks.ts';
import type { LayoutName } from '../domain/view/viewState.ts';
import { FORCE_LAYOUT, layoutSeed, withSeededRandom } from './forceLayout.ts';

const LAYOUT_OPTIONS: Record<LayoutName, LayoutOptions> = {
  force: FORCE_LAYOUT,
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

/**
 * Lays out every element of the graph in the page, hidden or not, so that filters
 * never move what stays visible: circle and concentric layouts, and the force layout
 * of small graphs (which measures each label). Positions follow from the elements
 * and the layout's name alone (see withSeededRandom), which shared links depend on.
 * Large graphs get their force layout from the dataset or a worker (forceLayout.ts).
 */
export function runLayout(cy: Core, name: LayoutName): Promise<void> {
  const seed = layoutSeed(cy.elements().map((e) => e.id()));
  const layout = cy.elements().layout(LAYOUT_OPTIONS[name]);
  const done = layout.promiseOn('layoutstop');
  performance.mark(TIMING_MARKS.layoutStarted);
  withSeededRandom(seed, () => layout.run());
  return done.then(() => {
    performance.mark(TIMING_MARKS.layoutDone);
  });
}
