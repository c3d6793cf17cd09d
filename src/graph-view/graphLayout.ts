import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';

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

/** A 32-bit FNV-1a hash, to seed the layout from the graph's own ids. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const layoutOptions: fcose.FcoseLayoutOptions = {
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  animate: false,
  fit: true,
  padding: 40,
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: () => 70,
  nodeRepulsion: () => 4500,
  nodeSeparation: 70,
  gravity: 0.8,
  gravityRange: 2.5,
  numIter: 5000,
};

/**
 * Lays the graph out, force-directed, and fits it to the viewport. fcose draws on
 * Math.random; it runs synchronously here (no animation), so Math.random is swapped
 * for a PRNG seeded from the element ids for the length of the run. The same graph
 * then gets the same picture on every load and every machine, which shared views
 * depend on.
 */
export function runLayout(cy: Core): Promise<void> {
  const seed = hash(
    cy
      .elements()
      .map((e) => e.id())
      .join('|'),
  );
  const layout = cy.layout(layoutOptions);
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
