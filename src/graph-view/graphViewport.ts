import type { Core } from 'cytoscape';
import { MAX_ZOOM, MIN_ZOOM, type Viewport } from '../domain/view/viewState.ts';

/** The camera as links carry it: zoom, and the graph point at the middle of the canvas. */
export function readViewport(cy: Core): Viewport {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { zoom, x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
}

/** Puts the graph point of a viewport at the middle of the canvas, at its zoom. */
export function applyViewport(cy: Core, viewport: Viewport): void {
  cy.viewport({
    zoom: viewport.zoom,
    pan: {
      x: cy.width() / 2 - viewport.x * viewport.zoom,
      y: cy.height() / 2 - viewport.y * viewport.zoom,
    },
  });
}

/** Whether two viewports frame the same view, to the precision links keep. */
export function sameViewport(a: Viewport, b: Viewport): boolean {
  return (
    Math.abs(a.zoom - b.zoom) < 0.001 && Math.abs(a.x - b.x) < 0.1 && Math.abs(a.y - b.y) < 0.1
  );
}

/**
 * Frames given node positions, as cy.fit() would, without asking Cytoscape for the
 * elements' bounding box: that forces the style of every element at once (seconds
 * for a large graph, before anything is drawn). `margin` covers half a node.
 */
export function fitPositions(
  cy: Core,
  positions: Readonly<Record<string, readonly [number, number]>>,
  padding: number,
  margin: number,
): void {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of Object.values(positions)) {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  if (!Number.isFinite(x1)) return;
  const w = x2 - x1 + 2 * margin;
  const h = y2 - y1 + 2 * margin;
  const zoom = Math.min(
    MAX_ZOOM,
    Math.max(MIN_ZOOM, Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h)),
  );
  applyViewport(cy, { zoom, x: (x1 + x2) / 2, y: (y1 + y2) / 2 });
}
