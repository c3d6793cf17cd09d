import type { Core } from 'cytoscape';

/** Pictures of the graph as drawn, for export; the app hands this to the export features. */
export interface GraphPicture {
  /** A PNG at twice the CSS pixel size: what is in view, or the whole shown graph. */
  png(whole: boolean): Promise<Blob>;
  /** An SVG document of the same. */
  svg(whole: boolean): Promise<string>;
}

/** What a picture is drawn on and called; read when it is taken, so it follows the theme. */
export interface PictureLook {
  background: string;
  title: string;
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
  return {
    png: (whole) => {
      // Cytoscape multiplies its scale by the screen's pixel ratio: divide it out so
      // the file is twice the CSS size on every screen.
      const ratio = window.devicePixelRatio || 1;
      let scale = PNG_SCALE;
      if (whole) {
        const box = cy.elements(':visible').boundingBox();
        const largest = Math.max(box.w, box.h, 1);
        scale = Math.min(scale, MAX_CANVAS_SIDE / largest);
      }
      return cy.png({
        output: 'blob-promise',
        full: whole,
        scale: scale / ratio,
        bg: look().background,
      });
    },
    svg: async (whole) => {
      const [{ graphDrawing }, { drawingToSvg }] = await Promise.all([
        import('./graphDrawing.ts'),
        import('./drawingToSvg.ts'),
      ]);
      const { background, title } = look();
      return drawingToSvg(graphDrawing(cy, whole, background, title));
    },
  };
}
