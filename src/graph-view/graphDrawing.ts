import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Drawing, DrawnEdge, DrawnNode } from './drawingToSvg.ts';

const FONT_FAMILY = 'system-ui, "DejaVu Sans", sans-serif';
const WHOLE_GRAPH_PADDING = 30;

const num = (element: NodeSingular | EdgeSingular, property: string): number => {
  const value: unknown = element.numericStyle(property);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};
const str = (element: NodeSingular | EdgeSingular, property: string): string => {
  const value: unknown = element.style(property);
  return typeof value === 'string' ? value : '';
};

function drawnNode(node: NodeSingular, background: string): DrawnNode {
  const opacity = num(node, 'opacity');
  const at = node.position();
  return {
    id: node.id(),
    x: at.x,
    y: at.y,
    width: node.width(),
    height: node.height(),
    shape: str(node, 'shape'),
    fill: str(node, 'background-color'),
    fillOpacity: num(node, 'background-opacity') * opacity,
    stroke: str(node, 'border-color'),
    strokeWidth: num(node, 'border-width'),
    strokeOpacity: num(node, 'border-opacity') * opacity,
    label: str(node, 'label'),
    labelColour: str(node, 'color'),
    labelOpacity: num(node, 'text-opacity') * opacity,
    fontSize: num(node, 'font-size'),
    labelGap: num(node, 'text-margin-y'),
    labelMaxWidth: str(node, 'text-wrap') === 'wrap' ? num(node, 'text-max-width') : null,
    halo: str(node, 'text-outline-color') || background,
    haloWidth: num(node, 'text-outline-width'),
  };
}

function drawnEdge(edge: EdgeSingular, background: string): DrawnEdge {
  const opacity = num(edge, 'opacity');
  const curve = str(edge, 'curve-style');
  // Only bezier edges bend; the others are drawn straight between their ends.
  const controls = curve.includes('bezier')
    ? (edge.controlPoints() as DrawnEdge['controls'] | undefined)
    : undefined;
  const lineStyle = str(edge, 'line-style');
  // A list property: numericStyle gives numbers, style() a space-separated string.
  const pattern: unknown = edge.numericStyle('line-dash-pattern');
  const dash = Array.isArray(pattern)
    ? pattern
    : typeof pattern === 'string'
      ? pattern.split(/\s+/)
      : [];
  return {
    id: edge.id(),
    source: edge.sourceEndpoint(),
    target: edge.targetEndpoint(),
    controls: controls ?? [],
    colour: str(edge, 'line-color'),
    width: num(edge, 'width'),
    opacity: num(edge, 'line-opacity') * opacity,
    // As Cytoscape strokes them: dotted is [1, 1]; dashed follows line-dash-pattern.
    dash:
      lineStyle === 'dotted'
        ? [1, 1]
        : lineStyle === 'dashed'
          ? dash.map(Number).filter((n) => Number.isFinite(n) && n > 0)
          : [],
    arrowAtTarget: str(edge, 'target-arrow-shape') !== 'none',
    arrowAtSource: str(edge, 'source-arrow-shape') !== 'none',
    ring: str(edge, 'mid-target-arrow-shape') === 'circle',
    arrowScale: num(edge, 'arrow-scale') || 1,
    label: str(edge, 'label'),
    labelColour: str(edge, 'color'),
    labelOpacity: num(edge, 'text-opacity') * opacity,
    fontSize: num(edge, 'font-size'),
    labelShiftY: num(edge, 'text-margin-y'),
    halo: str(edge, 'text-background-color') || background,
  };
}

/**
 * What the canvas shows, as plain data for the SVG writer: the visible nodes and
 * edges with their computed style, framed as on screen or around the whole graph.
 */
export function graphDrawing(cy: Core, whole: boolean, background: string, title: string): Drawing {
  const shown = cy.elements(':visible');
  let frame: Drawing['frame'];
  let width: number;
  let height: number;
  if (whole) {
    const box = shown.boundingBox();
    const w = Math.max(box.w, 1);
    const h = Math.max(box.h, 1);
    frame = {
      x: box.x1 - WHOLE_GRAPH_PADDING,
      y: box.y1 - WHOLE_GRAPH_PADDING,
      width: w + 2 * WHOLE_GRAPH_PADDING,
      height: h + 2 * WHOLE_GRAPH_PADDING,
    };
    width = frame.width;
    height = frame.height;
  } else {
    const box = cy.extent();
    frame = { x: box.x1, y: box.y1, width: box.w, height: box.h };
    width = cy.width();
    height = cy.height();
  }
  // Drawn in the order Cytoscape paints them: lower z-index first.
  const byZ = (a: { zIndex: number }, b: { zIndex: number }) => a.zIndex - b.zIndex;
  const nodes = shown
    .nodes()
    .map((node) => ({ zIndex: num(node, 'z-index'), drawn: drawnNode(node, background) }))
    .sort(byZ)
    .map((n) => n.drawn);
  const edges = shown
    .edges()
    .map((edge) => ({ zIndex: num(edge, 'z-index'), drawn: drawnEdge(edge, background) }))
    .sort(byZ)
    .map((e) => e.drawn);
  return { frame, width, height, background, title, nodes, edges, fontFamily: FONT_FAMILY };
}
