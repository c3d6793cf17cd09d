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
  /** The page's drawing technique; the bench adds whether the GPU backs it. */
  renderer: 'canvas 2D' | 'WebGL';
}

/**
 * What a baseline page offers the bench script. Its first frame is timed by the
 * bench's probe, on the FIRST_FRAME_MARK the page sets when it has drawn.
 */
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

/**
 * Reads a pixel back from each canvas in the page, which makes the browser carry
 * out the drawing queued so far (the app's timings do the same), and returns the time.
 */
export function pixelsDrawn(): number {
  for (const canvas of document.querySelectorAll('canvas')) {
    const context2d = canvas.getContext('2d');
    if (context2d !== null) {
      context2d.getImageData(0, 0, 1, 1);
      continue;
    }
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  }
  return performance.now();
}

/** The mark the bench's probe watches for a baseline's first frame. */
export const FIRST_FRAME_MARK = 'bench:first-frame';
