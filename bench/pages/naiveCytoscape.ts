// The naive Cytoscape baseline: default options and style, every element added in
// the constructor at the app's positions, filters applied by hiding in one batch.
import cytoscape from 'cytoscape';
import { FIRST_FRAME_MARK, fetchBenchGraph, pixelsDrawn, type PageLoad } from './benchGraph.ts';

async function load() {
  const { graph, fetchParseMs } = await fetchBenchGraph();
  const cy = cytoscape({
    container: document.getElementById('graph'),
    elements: [
      ...graph.nodes.map(([id, x, y, kind]) => ({ data: { id, kind }, position: { x, y } })),
      ...graph.edges.map(([id, source, target]) => ({ data: { id, source, target } })),
    ],
    layout: { name: 'preset' },
  });
  await new Promise((resolve) => cy.one('render', resolve));
  performance.mark(FIRST_FRAME_MARK);
  const setHidden = async (ids: string[], hidden: boolean) => {
    const start = performance.now();
    const rendered = new Promise((resolve) => cy.one('render', resolve));
    cy.batch(() => {
      for (const id of ids) cy.getElementById(id).style('display', hidden ? 'none' : 'element');
    });
    await rendered;
    return pixelsDrawn() - start;
  };
  const result: PageLoad = { fetchParseMs, renderer: 'canvas 2D' };
  return { result, setHidden };
}

const ready = load();
window.benchPage = {
  loaded: ready.then((page) => page.result),
  setHidden: async (ids, hidden) => (await ready).setHidden(ids, hidden),
};
