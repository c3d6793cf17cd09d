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

/** The closest a selection zooms in, so a lone pair of entities does not fill the screen. */
export const NEIGHBOURHOOD_MAX_ZOOM = 2;

/**
 * The camera that frames an entity's neighbourhood on a `width`×`height` canvas:
 * all of `around` (the entity and its neighbours) when that fits at `minZoom` or
 * closer, else the entity itself at `minZoom`, where labels are drawn.
 *
 * @example neighbourhoodViewport(800, 600, [0, 0], [[0, 0], [100, 0]], 40, 0.75) // { zoom: 2, x: 50, y: 0 }
 */
export function neighbourhoodViewport(
  width: number,
  height: number,
  entity: readonly [number, number],
  around: readonly (readonly [number, number])[],
  padding: number,
  minZoom: number,
): Viewport {
  let [x1, y1, x2, y2] = [entity[0], entity[1], entity[0], entity[1]];
  for (const [x, y] of around) {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  const fit = Math.min(
    (width - 2 * padding) / Math.max(x2 - x1, 1),
    (height - 2 * padding) / Math.max(y2 - y1, 1),
  );
  const zoom = Math.min(NEIGHBOURHOOD_MAX_ZOOM, MAX_ZOOM, fit);
  if (zoom < minZoom) return { zoom: Math.max(MIN_ZOOM, minZoom), x: entity[0], y: entity[1] };
  return { zoom, x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
}

/** Whether the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Moves the camera to a viewport, animated unless less motion is asked for; `done` after. */
export function moveCamera(cy: Core, viewport: Viewport, done: () => void): void {
  const pan = {
    x: cy.width() / 2 - viewport.x * viewport.zoom,
    y: cy.height() / 2 - viewport.y * viewport.zoom,
  };
  if (prefersReducedMotion()) {
    cy.viewport({ zoom: viewport.zoom, pan });
    done();
    return;
  }
  cy.stop(true, false);
  cy.animate({ zoom: viewport.zoom, pan }, { duration: 400, complete: done });
}
