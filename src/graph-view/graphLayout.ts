import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { contentHash } from '../domain/dataset/contentHash.ts';
import type { LayoutName } from '../domain/view/viewState.ts';

cytoscape.use(fcose);

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence everywhere. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  const layout = cy.elements().layout(LAYOUT_OPTIONS[name]);
  const done = layout.promiseOn('layoutstop');
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    layout.run();
  } finally {
    Math.random = original;
  }
  return done.then(() => undefined);
}
