import type { Core, StylesheetJson } from 'cytoscape';

/** Pictures of the graph as drawn, for export; the app hands this to the export features. */
export interface GraphPicture {
  /** A PNG at twice the CSS pixel size: what is in view, or the whole shown graph. */
  png(whole: boolean): Promise<Blob>;
  /** An SVG document of the same. */
  svg(whole: boolean): Promise<string>;
  /**
   * What is in view as a PNG in the light theme, whatever the screen shows: for the
   * printed evidence brief, on paper.
   */
  printPng(): Promise<Blob>;
}

/** What a picture is drawn on and called; read when it is taken, so it follows the theme. */
export interface PictureLook {
  background: string;
  title: string;
  /** The stylesheet the graph is drawn with now, and the light theme's, with its background. */
  sheet: StylesheetJson;
  print: { sheet: StylesheetJson; background: string };
  /** What lies under the graph in the SVG, in graph coordinates (the map's outline). */
  underlay?: readonly { d: string; fill: string; stroke: string }[] | undefined;
}

/** Twice the CSS pixels: sharp on a high-density screen and in print. */
const PNG_SCALE = 2;
// Browsers refuse canvases much past 16k pixels a side (and ~268M pixels in all): a
// whole large graph is scaled down to fit rather than failing.
const MAX_CANVAS_SIDE = 16_000;

/**
 * The graph's export pictures. PNGs come from Cytoscape's own renderer; the SVG
 * writer is loaded on first use, so it is not part of the first load.
 */
export function graphPicture(cy: Core, look: () => PictureLook): GraphPicture {
  const png = (whole: boolean, background: string) => {
    // Cytoscape multiplies its scale by the screen's pixel ratio: divide it out so
    // the file is twice the CSS size on every screen.
    const ratio = window.devicePixelRatio || 1;
    let scale = PNG_SCALE;
    if (whole) {
      const box = cy.elements(':visible').boundingBox();
      const largest = Math.max(box.w, box.h, 1);
      scale = Math.min(scale, MAX_CANVAS_SIDE / largest);
    }
    return cy.png({ output: 'blob-promise', full: whole, scale: scale / ratio, bg: background });
  };
  return {
    png: (whole) => png(whole, look().background),
    printPng: () => {
      const { sheet, print } = look();
      // Cytoscape draws the picture at once and only encodes it later, so the light
      // sheet is back to the screen's before the next frame: nothing flickers.
      cy.style(print.sheet);
      try {
        return png(false, print.background);
      } finally {
        cy.style(sheet);
      }
    },
    svg: async (whole) => {
      const [{ graphDrawing }, { drawingToSvg }] = await Promise.all([
        import('./graphDrawing.ts'),
        import('./drawingToSvg.ts'),
      ]);
      const { background, title, underlay } = look();
      const drawing = graphDrawing(cy, whole, background, title);
      return drawingToSvg(underlay === undefined ? drawing : { ...drawing, underlay });
    },
  };
}
