import type { Positions } from '../domain/dataset/datasetSchema.ts';
import type { LayoutGraph } from './layoutGraph.ts';

/** Computes a large graph's force layout in a worker; aborting terminates it. */
export function layoutInWorker(graph: LayoutGraph, signal: AbortSignal): Promise<Positions> {
  return new Promise((resolve, reject) => {
    // A listener added to an aborted signal never fires: the worker would run on.
    if (signal.aborted) {
      reject(new DOMException('The layout was cancelled.', 'AbortError'));
      return;
    }
    const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('The layout was cancelled.', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<Positions>) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(`The layout failed: ${event.message}`));
    };
    worker.postMessage(graph);
  });
}
