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
  print: { sheet: StylesheetJson; background: string; underlay?: Underlay | undefined };
  /** What lies under the graph in the pictures, in graph coordinates (the map's outline). */
  underlay?: Underlay | undefined;
}

/** Paths under the graph, in graph coordinates: the map layout's world outline. */
export type Underlay = readonly { d: string; fill: string; stroke: string }[];

/** The outline's lines are this many CSS pixels wide at any zoom, as on screen. */
const UNDERLAY_LINE = 0.8;

/**
 * Puts Cytoscape's picture (drawn on a transparent ground) over the underlay on the
 * background. `toPicture` is the transform Cytoscape drew the graph with: picture
 * pixels per graph unit, and where graph (0, 0) falls.
 */
async function overUnderlay(
  graph: Blob,
  underlay: Underlay,
  background: string,
  toPicture: { scale: number; x: number; y: number },
): Promise<Blob> {
  const image = await createImageBitmap(graph);
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.setTransform(toPicture.scale, 0, 0, toPicture.scale, toPicture.x, toPicture.y);
  context.lineWidth = (UNDERLAY_LINE * PNG_SCALE) / toPicture.scale;
  for (const shape of underlay) {
    const path = new Path2D(shape.d);
    if (shape.fill !== 'none') {
      context.fillStyle = shape.fill;
      context.fill(path);
    }
    if (shape.stroke !== 'none') {
      context.strokeStyle = shape.stroke;
      context.stroke(path);
    }
  }
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.drawImage(image, 0, 0);
  image.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error('no PNG')) : resolve(blob)),
      'image/png',
    ),
  );
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
  const png = (whole: boolean, background: string, underlay: Underlay | undefined) => {
    // Cytoscape multiplies its scale by the screen's pixel ratio: divide it out so
    // the file is twice the CSS size on every screen.
    const ratio = window.devicePixelRatio || 1;
    let scale = PNG_SCALE;
    if (whole) {
      const box = cy.elements(':visible').boundingBox();
      const largest = Math.max(box.w, box.h, 1);
      scale = Math.min(scale, MAX_CANVAS_SIDE / largest);
    }
    const options = { output: 'blob-promise', full: whole, scale: scale / ratio } as const;
    if (underlay === undefined) return cy.png({ ...options, bg: background });
    // The graph on a transparent ground, over the outline drawn as Cytoscape draws:
    // the whole graph from its elements' box, the view from the camera.
    const box = cy.elements().boundingBox();
    const { x, y } = cy.pan();
    const toPicture = whole
      ? { scale, x: -box.x1 * scale, y: -box.y1 * scale }
      : { scale: scale * cy.zoom(), x: x * scale, y: y * scale };
    return cy.png(options).then((graph) => overUnderlay(graph, underlay, background, toPicture));
  };
  return {
    png: (whole) => {
      const { background, underlay } = look();
      return png(whole, background, underlay);
    },
    printPng: () => {
      const { sheet, print, underlay } = look();
      // Cytoscape draws the picture at once and only encodes it later, so the light
      // sheet is back to the screen's before the next frame: nothing flickers.
      cy.style(print.sheet);
      try {
        return png(false, print.background, print.underlay ?? underlay);
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
