import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Positions } from '../domain/dataset/datasetSchema.ts';
import { ENTITY_LOOKS } from './graphPalette.ts';
import { layoutSeed, withSeededRandom, type LayoutGraph } from './layoutGraph.ts';

// fcose (with its dependencies, ~35 KB gzipped) is loaded only where a force layout
// runs: the layout worker, data:layout, and the page for small graphs (graphLayout.ts
// imports this module on demand).
cytoscape.use(fcose);

export const FORCE_LAYOUT: fcose.FcoseLayoutOptions = {
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

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SPREAD_PX = 30;
const SPACING_PX = 90;

const headlessStyle = Object.entries(ENTITY_LOOKS).map(([kind, look]) => ({
  selector: `node[kind = "${kind}"]`,
  style: { width: look.size, height: look.size },
}));

/**
 * The force layout of a large graph without a page: fcose's 'draft' pass on a
 * headless Cytoscape, node sizes by kind, no labels. Runs in the layout worker and
 * in `npm run data:layout`, which therefore store exactly what the app would compute.
 */
export function computeForcePositions(graph: LayoutGraph): Positions {
  const elements: ElementDefinition[] = [
    ...graph.nodes.map(([id, kind]) => ({ group: 'nodes' as const, data: { id, kind } })),
    ...graph.edges.map(([id, source, target]) => ({
      group: 'edges' as const,
      data: { id, source, target },
    })),
  ];
  const cy = cytoscape({ headless: true, styleEnabled: true, style: headlessStyle, elements });
  const options: fcose.FcoseLayoutOptions = {
    ...FORCE_LAYOUT,
    quality: 'draft',
    nodeDimensionsIncludeLabels: false,
  };
  const seed = layoutSeed(elements.map((e) => String(e.data.id)));
  withSeededRandom(seed, () => cy.layout(options).run());
  // The spectral pass returns the graph squeezed into a few hundred pixels whatever
  // its size (5,000 entities in 485 px); it is scaled to about SPACING_PX per entity
  // side by side. It also puts structurally alike nodes (two leaves of one hub) on
  // one point; each repeat is moved out along a spiral, so none hides another.
  const raw = cy.nodes().map((node) => [node.id(), node.position()] as const);
  const box = cy.nodes().boundingBox({ includeLabels: false });
  const side = Math.max(box.w, box.h, 1);
  const scale = (Math.sqrt(raw.length) * SPACING_PX) / side;
  const [cx, cy0] = [(box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2];
  const positions: Positions = {};
  const taken = new Map<string, number>();
  for (const [id, at] of raw) {
    const x = (at.x - cx) * scale;
    const y = (at.y - cy0) * scale;
    const key = `${Math.round(x)},${Math.round(y)}`;
    const repeat = taken.get(key) ?? 0;
    taken.set(key, repeat + 1);
    const angle = repeat * GOLDEN_ANGLE;
    const radius = repeat === 0 ? 0 : SPREAD_PX * Math.sqrt(repeat);
    positions[id] = [
      Math.round((x + radius * Math.cos(angle)) * 10) / 10,
      Math.round((y + radius * Math.sin(angle)) * 10) / 10,
    ];
  }
  cy.destroy();
  return positions;
}
