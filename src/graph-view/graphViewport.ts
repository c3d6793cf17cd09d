import type { Core } from 'cytoscape';
import type { Viewport } from '../domain/view/viewState.ts';

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
