// What the baseline pages share: the graph file they draw and frame timing. The bench script (scripts/bench/) reads the app's
// elements and positions and hands them to these pages, so all draw the same picture.

/** The app's entities and relations at the app's positions, in a compact form. */
export interface BenchGraph {
  nodes: [id: string, x: number, y: number, kind: string][];
  edges: [id: string, source: string, target: string][];
}

export interface PageLoad {
  /** Fetching and parsing the graph file. */
  fetchParseMs: number;
  /** From navigation to the end of the first frame with every element drawn. */
  firstFrameMs: number;
  /** The page's drawing technique; the bench adds whether the GPU backs it. */
  renderer: 'canvas 2D' | 'WebGL';
}

/** What a baseline page offers the bench script. */
export interface BenchPage {
  loaded: Promise<PageLoad>;
  /** Hides or shows the nodes (and with them their edges) in one batch; ms to the frame. */
  setHidden: (ids: string[], hidden: boolean) => Promise<number>;
}

declare global {
  interface Window {
    benchPage?: BenchPage;
  }
}

export async function fetchBenchGraph(): Promise<{ graph: BenchGraph; fetchParseMs: number }> {
  const url = new URLSearchParams(location.search).get('graph');
  if (url === null) throw new Error('no ?graph= given');
  const start = performance.now();
  const response = await fetch(url);
  const graph = (await response.json()) as BenchGraph;
  return { graph, fetchParseMs: performance.now() - start };
}

/** Resolves once the frame drawn so far has been produced: after the next animation frame. */
export function frameDone(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
  });
}
