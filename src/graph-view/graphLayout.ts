import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { contentHash } from '../domain/dataset/contentHash.ts';
import { TIMING_MARKS } from '../domain/timing/timingMarks.ts';
import { seededRandom } from '../domain/random/seededRandom.ts';
import type { LayoutName } from '../domain/view/viewState.ts';

cytoscape.use(fcose);

const forceLayout: fcose.FcoseLayoutOptions = {
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  animate: false,
  fit: false,
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: () => 70,
  nodeRepulsion: () => 4500,
  nodeSeparation: 70,
  gravity: 0.8,
  gravityRange: 2.5,
  numIter: 5000,
};

// fcose's careful 'proof' pass costs seconds per few hundred nodes on these
// machines (a 1,000-entity set took 35 s); above this size only the fast spectral
// 'draft' pass runs. Large graphs want cached positions or a worker (the scale work).
const PROOF_QUALITY_MAX_NODES = 300;

const LAYOUT_OPTIONS: Record<LayoutName, LayoutOptions> = {
  force: forceLayout,
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
 * Lays out every element of the graph, hidden or not, so that filters never move
 * what stays visible. Positions follow from the elements and the layout's name
 * alone: fcose draws on Math.random, and runs synchronously here (no animation), so
 * Math.random is swapped for a PRNG seeded from the element ids for the length of
 * the run. The same dataset gets the same picture on every load and every machine,
 * which shared links depend on.
 */
export function runLayout(cy: Core, name: LayoutName): Promise<void> {
  const seed = Number.parseInt(
    contentHash(
      cy
        .elements()
        .map((e) => e.id())
        .join('|'),
    ),
    16,
  );
  const options =
    name === 'force' && cy.nodes().length > PROOF_QUALITY_MAX_NODES
      ? { ...forceLayout, quality: 'draft' as const }
      : LAYOUT_OPTIONS[name];
  const layout = cy.elements().layout(options);
  const done = layout.promiseOn('layoutstop');
  const original = Math.random;
  Math.random = seededRandom(seed);
  performance.mark(TIMING_MARKS.layoutStarted);
  try {
    layout.run();
  } finally {
    Math.random = original;
  }
  return done.then(() => {
    performance.mark(TIMING_MARKS.layoutDone);
  });
}
