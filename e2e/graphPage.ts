import { expect, type Locator, type Page } from '@playwright/test';

// Loading, checking and drawing the seed takes about a second; with the suite's two
// workers and a build beside them on two cores it once took past the default 5 s.
const GRAPH_READY_MS = 15_000;

/** Opens the app and waits until the graph's layout has been drawn. */
export async function openExplorer(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible({
    timeout: GRAPH_READY_MS,
  });
}

/** The status line that says how much of the graph is shown (in English or Turkish). */
export function statusLine(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /shown|gösteriliyor/ });
}

/** The value beside a term in a definition list (`<dt>Published</dt><dd>unknown</dd>`). */
export function factValue(scope: Locator, term: string): Locator {
  return scope
    .locator('dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

// The helpers below read the drawn graph through Cytoscape's own registration on
// its container element (`_cyreg.cy`), so the app needs no test hooks. Each runs in
// the page, so each looks the instance up itself.

interface Point {
  x: number;
  y: number;
}

/** Where an entity or relation is drawn, in page pixels. */
export async function pagePositionOf(page: Page, id: string): Promise<Point> {
  return page.locator('[data-testid="graph-canvas"]').evaluate((container, elementId) => {
    interface Element {
      empty: () => boolean;
      isEdge: () => boolean;
      renderedMidpoint: () => Point;
      renderedPosition: () => Point;
    }
    const cy = (
      container as unknown as { _cyreg: { cy: { getElementById: (id: string) => Element } } }
    )._cyreg.cy;
    const element = cy.getElementById(elementId);
    if (element.empty()) throw new Error(`${elementId} is not drawn`);
    const at = element.isEdge() ? element.renderedMidpoint() : element.renderedPosition();
    const box = container.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
}

/** The text Cytoscape draws on an edge (and exports with it): '' when none. */
export async function edgeLabel(page: Page, id: string): Promise<string> {
  return page.locator('[data-testid="graph-canvas"]').evaluate((container, edgeId) => {
    const cy = (
      container as unknown as {
        _cyreg: { cy: { getElementById: (id: string) => { style: (name: string) => string } } };
      }
    )._cyreg.cy;
    return cy.getElementById(edgeId).style('label');
  }, id);
}

/** One field of a drawn element's data (a group's `members`, its `label`). */
export async function elementData(page: Page, id: string, key: string): Promise<unknown> {
  return page.locator('[data-testid="graph-canvas"]').evaluate(
    (container, [elementId, field]) =>
      (
        container as unknown as {
          _cyreg: { cy: { getElementById: (id: string) => { data: (k: string) => unknown } } };
        }
      )._cyreg.cy
        .getElementById(elementId!)
        .data(field!),
    [id, key],
  );
}

/** What the canvas shows: visible nodes and edges, node positions to the unit, and the camera. */
export interface DrawnView {
  nodes: string[];
  edges: string[];
  positions: Record<string, [number, number]>;
  zoom: number;
  centre: [number, number];
}

export async function drawnView(page: Page): Promise<DrawnView> {
  return page.locator('[data-testid="graph-canvas"]').evaluate((container) => {
    interface Element {
      id: () => string;
      position: () => Point;
    }
    interface Collection {
      map: <T>(f: (e: Element) => T) => T[];
    }
    const cy = (
      container as unknown as {
        _cyreg: {
          cy: {
            nodes: (selector: string) => Collection;
            edges: (selector: string) => Collection;
            zoom: () => number;
            pan: () => Point;
            width: () => number;
            height: () => number;
          };
        };
      }
    )._cyreg.cy;
    const positions: Record<string, [number, number]> = {};
    const nodes = cy.nodes(':visible').map((node) => {
      const at = node.position();
      positions[node.id()] = [Math.round(at.x), Math.round(at.y)];
      return node.id();
    });
    const zoom = cy.zoom();
    const pan = cy.pan();
    return {
      nodes: nodes.sort(),
      edges: cy
        .edges(':visible')
        .map((edge) => edge.id())
        .sort(),
      positions,
      zoom: Math.round(zoom * 1000) / 1000,
      centre: [
        Math.round((cy.width() / 2 - pan.x) / zoom),
        Math.round((cy.height() / 2 - pan.y) / zoom),
      ] as [number, number],
    };
  });
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

/** Puts nothing in place of the print dialog, which a test cannot close; call before the page loads. */
export async function skipPrintDialog(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
}

/** Opens the evidence brief from the Export menu; returns its dialog. */
export async function openEvidenceBrief(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: 'Print evidence brief' }).click();
  return page.getByRole('dialog', { name: 'Evidence brief' });
}

/**
 * Goes to a query in the page already open as the browser does on Back or Forward
 * to an entry made earlier in it: the address changes, then popstate.
 */
export async function visitInPage(page: Page, query: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

/** The ids of the open groups' hubs the overview draws (`group:<key>`, with `open` in its data). */
export async function openGroupHubs(page: Page): Promise<string[]> {
  return page.locator('[data-testid="graph-canvas"]').evaluate((container) => {
    const cy = (
      container as unknown as {
        _cyreg: {
          cy: {
            nodes: (selector: string) => {
              map: (f: (n: { id: () => string }) => string) => string[];
            };
          };
        };
      }
    )._cyreg.cy;
    return cy.nodes('.group[?open]').map((node) => node.id());
  });
}

/** Drops a file with this text on the page, as dragging it from the desktop does. */
export async function dropFile(page: Page, name: string, text: string, type: string) {
  const transfer = await page.evaluateHandle(
    ({ content, fileName, mediaType }) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: mediaType }));
      return data;
    },
    { content: text, fileName: name, mediaType: type },
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}
