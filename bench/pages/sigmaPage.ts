// The sigma.js baseline: a graphology graph at the app's positions drawn by sigma
// with its default settings (WebGL); filters set the nodes' `hidden` attribute.
import Graph from 'graphology';
import Sigma from 'sigma';
import { FIRST_FRAME_MARK, fetchBenchGraph, pixelsDrawn, type PageLoad } from './benchGraph.ts';

const KIND_COLOURS: Record<string, string> = {
  state: '#1f6fb2',
  bloc: '#7a4fa3',
  official: '#d9822b',
  meeting: '#2e8b57',
  topic: '#8a8a8a',
};

async function load() {
  const { graph: data, fetchParseMs } = await fetchBenchGraph();
  const graph = new Graph({ multi: true, type: 'directed' });
  for (const [id, x, y, kind] of data.nodes) {
    // Cytoscape's y axis points down, sigma's up: flip it so both show the same picture.
    graph.addNode(id, { x, y: -y, size: 4, color: KIND_COLOURS[kind] ?? '#555555' });
  }
  for (const [id, source, target] of data.edges) graph.addEdgeWithKey(id, source, target);
  const container = document.getElementById('graph');
  if (container === null) throw new Error('no #graph container');
  // The constructor indexes the graph and draws the first frame synchronously.
  const sigma = new Sigma(graph, container);
  performance.mark(FIRST_FRAME_MARK);
  const setHidden = async (ids: string[], hidden: boolean) => {
    const start = performance.now();
    const rendered = new Promise<void>((resolve) => sigma.once('afterRender', () => resolve()));
    const chosen = new Set(ids);
    graph.updateEachNodeAttributes((node, attributes) =>
      chosen.has(node) ? { ...attributes, hidden } : attributes,
    );
    await rendered;
    return pixelsDrawn() - start;
  };
  const result: PageLoad = { fetchParseMs, renderer: 'WebGL' };
  return { result, setHidden };
}

const ready = load();
window.benchPage = {
  loaded: ready.then((page) => page.result),
  setHidden: async (ids, hidden) => (await ready).setHidden(ids, hidden),
};
