import { computeForcePositions } from './forceLayout.ts';
import type { LayoutGraph } from './layoutGraph.ts';

// Lays out large graphs off the main thread; see layoutInWorker.
self.onmessage = (event: MessageEvent<LayoutGraph>) => {
  self.postMessage(computeForcePositions(event.data));
};
