import { expect, type Page } from '@playwright/test';

/** Opens the app and waits until the graph's layout has been drawn. */
export async function openExplorer(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
}

/**
 * Where an entity or relation is drawn, in page pixels. Reads Cytoscape's own
 * registration on its container element (`_cyreg`), so the app needs no test hooks.
 */
export async function pagePositionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.locator('[data-testid="graph-canvas"]').evaluate((container, elementId) => {
    interface Positioned {
      renderedMidpoint?: () => { x: number; y: number };
      renderedPosition: () => { x: number; y: number };
      isEdge: () => boolean;
      empty: () => boolean;
    }
    const registration = (
      container as unknown as { _cyreg?: { cy?: { getElementById: (id: string) => Positioned } } }
    )._cyreg;
    const element = registration?.cy?.getElementById(elementId);
    if (element === undefined || element.empty()) throw new Error(`${elementId} is not drawn`);
    const at = element.isEdge() ? element.renderedMidpoint!() : element.renderedPosition();
    const box = container.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
}

/** How many pixels of the graph's canvases are painted with something other than white. */
export async function paintedPixels(page: Page): Promise<number> {
  return page.locator('[data-testid="graph-canvas"]').evaluate((container) => {
    let painted = 0;
    for (const canvas of Array.from(container.querySelectorAll('canvas'))) {
      const context = canvas.getContext('2d');
      if (context === null || canvas.width === 0 || canvas.height === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        const isWhite = data[i]! > 245 && data[i + 1]! > 245 && data[i + 2]! > 245;
        if (data[i + 3]! > 0 && !isWhite) painted += 1;
      }
    }
    return painted;
  });
}
