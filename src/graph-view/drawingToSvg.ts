import { escapeXml } from '../domain/export/escapeXml.ts';

// The SVG writer for the graph. Pure: it gets what is drawn (positions, sizes,
// colours, opacities) as plain data and returns SVG text. The `cytoscape-svg`
// extension was not used: it is GPL-3.0 (the app is MIT), last released in 2024,
// and works by swapping Cytoscape's canvas for a canvas-to-SVG shim at run time,
// which ties it to renderer internals. What this app draws is a few shapes, lines
// and labels, which SVG says directly.

export interface Point {
  x: number;
  y: number;
}

/** A node as drawn, in graph (model) coordinates. */
export interface DrawnNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A Cytoscape node shape name: ellipse, rectangle, round-rectangle, diamond, hexagon, tag… */
  shape: string;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  strokeOpacity: number;
  label: string;
  labelColour: string;
  labelOpacity: number;
  fontSize: number;
  /** The gap between the node's lower edge and its label. */
  labelGap: number;
  /** Labels wider than this wrap at spaces; null never wraps. */
  labelMaxWidth: number | null;
  halo: string;
  haloWidth: number;
}

/** An edge as drawn: from its source end through its control points to its target end. */
export interface DrawnEdge {
  id: string;
  source: Point;
  target: Point;
  /** Quadratic Bézier control points (one per bend); none for a straight line. */
  controls: Point[];
  colour: string;
  width: number;
  opacity: number;
  /** Dash lengths; empty for a solid line. */
  dash: number[];
  arrowAtTarget: boolean;
  arrowAtSource: boolean;
  /** A hollow ring at the middle (a relation with one source only). */
  ring: boolean;
  arrowScale: number;
  label: string;
  labelColour: string;
  labelOpacity: number;
  fontSize: number;
  labelShiftY: number;
  halo: string;
}

/** Everything the SVG shows: the frame (graph coordinates), its size in pixels, the elements. */
export interface Drawing {
  frame: { x: number; y: number; width: number; height: number };
  /** The picture's size in CSS pixels. */
  width: number;
  height: number;
  background: string;
  /** The picture's title, read by screen readers and shown by viewers. */
  title: string;
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  fontFamily: string;
  /** Drawn under the graph, in graph coordinates: the map layout's world outline. */
  underlay?: readonly { d: string; fill: string; stroke: string }[];
}

/** A number short enough for a file, exact enough for a drawing. */
const n = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0');

/** Attributes from a record; undefined values are left out, every value escaped. */
function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? n(value) : escapeXml(value!)}"`)
    .join('');
}

/** The outline of a shape around its centre, as polygon corners in units of its half size. */
const POLYGONS: Record<string, [number, number][]> = {
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  hexagon: [
    [-1, 0],
    [-0.5, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
  ],
  tag: [
    [-1, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-1, 1],
  ],
};

function nodeShape(node: DrawnNode): string {
  const paint = attrs({
    fill: node.fill,
    'fill-opacity': node.fillOpacity,
    stroke: node.strokeWidth > 0 ? node.stroke : undefined,
    'stroke-width': node.strokeWidth > 0 ? node.strokeWidth : undefined,
    'stroke-opacity': node.strokeWidth > 0 ? node.strokeOpacity : undefined,
    'stroke-linejoin': 'round',
  });
  const rx = node.width / 2;
  const ry = node.height / 2;
  const base = node.shape.replace(/^round-/, '');
  const corners = POLYGONS[base];
  if (corners !== undefined) {
    const points = corners.map(([px, py]) => `${n(node.x + px * rx)},${n(node.y + py * ry)}`);
    return `<polygon points="${points.join(' ')}"${paint}/>`;
  }
  if (base === 'rectangle') {
    const radius = node.shape.startsWith('round-') ? Math.min(rx, ry) / 2 : 0;
    return `<rect${attrs({ x: node.x - rx, y: node.y - ry, width: node.width, height: node.height, rx: radius })}${paint}/>`;
  }
  return `<ellipse${attrs({ cx: node.x, cy: node.y, rx, ry })}${paint}/>`;
}

// SVG has no text wrapping and this code no font metrics: a character is taken as
// this share of the font size, about right for the sans-serif faces the graph uses.
const AVERAGE_CHARACTER_WIDTH = 0.55;
const LINE_HEIGHT = 1.2;

/**
 * A label broken at spaces into lines of at most `maxWidth` (estimated); a word
 * longer than that keeps its own line.
 * @example wrapLabel('Embargoes tied to the nuclear programme', 120, 13) // ['Embargoes tied', 'to the nuclear', 'programme']
 */
export function wrapLabel(label: string, maxWidth: number | null, fontSize: number): string[] {
  if (maxWidth === null) return [label];
  const perLine = Math.max(1, Math.floor(maxWidth / (fontSize * AVERAGE_CHARACTER_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= perLine) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function nodeLabel(node: DrawnNode, fontFamily: string): string {
  if (node.label === '' || node.labelOpacity === 0) return '';
  const x = node.x;
  const lines = wrapLabel(node.label, node.labelMaxWidth, node.fontSize).map(
    (line, i) =>
      `<tspan${attrs({ x, dy: i === 0 ? undefined : node.fontSize * LINE_HEIGHT })}>${escapeXml(line)}</tspan>`,
  );
  return `<text${attrs({
    x,
    y: node.y + node.height / 2 + node.labelGap + node.fontSize,
    'text-anchor': 'middle',
    'font-family': fontFamily,
    'font-size': node.fontSize,
    fill: node.labelColour,
    'fill-opacity': node.labelOpacity,
    stroke: node.haloWidth > 0 ? node.halo : undefined,
    'stroke-width': node.haloWidth > 0 ? node.haloWidth * 2 : undefined,
    'stroke-opacity': node.haloWidth > 0 ? node.labelOpacity : undefined,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  })}>${lines.join('')}</text>`;
}

/** A point along a quadratic Bézier curve. */
function along(from: Point, control: Point, to: Point, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * from.x + 2 * u * t * control.x + t * t * to.x,
    y: u * u * from.y + 2 * u * t * control.y + t * t * to.y,
  };
}

/** The edge's path, and its middle point. */
function edgePath(edge: DrawnEdge): { d: string; middle: Point } {
  const { source, target, controls } = edge;
  if (controls.length === 0) {
    return {
      d: `M${n(source.x)},${n(source.y)} L${n(target.x)},${n(target.y)}`,
      middle: { x: (source.x + target.x) / 2, y: (source.y + target.y) / 2 },
    };
  }
  // As Cytoscape draws a bend through several control points: a quadratic curve to
  // the midpoint between consecutive controls, the last one to the target.
  let d = `M${n(source.x)},${n(source.y)}`;
  controls.forEach((control, i) => {
    const next = controls[i + 1];
    const end =
      next === undefined ? target : { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 };
    d += ` Q${n(control.x)},${n(control.y)} ${n(end.x)},${n(end.y)}`;
  });
  const middle =
    controls.length === 1
      ? along(source, controls[0]!, target, 0.5)
      : controls[Math.floor(controls.length / 2)]!;
  return { d, middle };
}

/** Cytoscape's arrow size for a line width (its getArrowWidth), in graph units. */
const arrowSize = (edge: DrawnEdge) => Math.max((edge.width * 13.37) ** 0.9, 29) * edge.arrowScale;

/** A triangle whose tip is at `tip`, pointing away from `from`. */
function arrowhead(tip: Point, from: Point, edge: DrawnEdge): string {
  const size = arrowSize(edge);
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const length = size * 0.3;
  const half = size * 0.15;
  const back = { x: tip.x - Math.cos(angle) * length, y: tip.y - Math.sin(angle) * length };
  const left = { x: back.x + Math.sin(angle) * half, y: back.y - Math.cos(angle) * half };
  const right = { x: back.x - Math.sin(angle) * half, y: back.y + Math.cos(angle) * half };
  const points = [tip, left, right].map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
  return `<polygon points="${points}"${attrs({ fill: edge.colour, 'fill-opacity': edge.opacity })}/>`;
}

function edgeMarkup(edge: DrawnEdge, fontFamily: string): string {
  const { d, middle } = edgePath(edge);
  const parts = [
    `<path${attrs({
      d,
      fill: 'none',
      stroke: edge.colour,
      'stroke-width': edge.width,
      'stroke-opacity': edge.opacity,
      'stroke-dasharray': edge.dash.length > 0 ? edge.dash.map(n).join(' ') : undefined,
      'stroke-linecap': edge.dash.length > 0 ? 'butt' : 'round',
    })}/>`,
  ];
  const nearTarget = edge.controls.at(-1) ?? edge.source;
  const nearSource = edge.controls[0] ?? edge.target;
  if (edge.arrowAtTarget) parts.push(arrowhead(edge.target, nearTarget, edge));
  if (edge.arrowAtSource) parts.push(arrowhead(edge.source, nearSource, edge));
  if (edge.ring) {
    parts.push(
      `<circle${attrs({
        cx: middle.x,
        cy: middle.y,
        r: arrowSize(edge) * 0.15,
        fill: edge.halo,
        stroke: edge.colour,
        'stroke-width': Math.max(1, edge.width / 2),
        'stroke-opacity': edge.opacity,
      })}/>`,
    );
  }
  if (edge.label !== '' && edge.labelOpacity > 0) {
    parts.push(
      `<text${attrs({
        x: middle.x,
        y: middle.y + edge.labelShiftY,
        'text-anchor': 'middle',
        'dominant-baseline': 'middle',
        'font-family': fontFamily,
        'font-size': edge.fontSize,
        'font-style': 'italic',
        fill: edge.labelColour,
        'fill-opacity': edge.labelOpacity,
        stroke: edge.halo,
        'stroke-width': 4,
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
      })}>${escapeXml(edge.label)}</text>`,
    );
  }
  return `<g${attrs({ 'data-id': edge.id })}>${parts.join('')}</g>`;
}

/**
 * The drawing as a standalone SVG document: a titled picture, edges under nodes,
 * every label escaped, sized in pixels with a viewBox in graph coordinates.
 * @example drawingToSvg({ frame: { x: 0, y: 0, width: 100, height: 50 }, width: 200, height: 100, … })
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 100 50" …'
 */
export function drawingToSvg(drawing: Drawing): string {
  const { frame, fontFamily } = drawing;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      width: drawing.width,
      height: drawing.height,
      viewBox: `${n(frame.x)} ${n(frame.y)} ${n(frame.width)} ${n(frame.height)}`,
      role: 'img',
      'aria-labelledby': 'graph-title',
    })}>`,
    `<title id="graph-title">${escapeXml(drawing.title)}</title>`,
    `<rect${attrs({ x: frame.x, y: frame.y, width: frame.width, height: frame.height, fill: drawing.background })}/>`,
    ...(drawing.underlay === undefined
      ? []
      : [
          '<g class="underlay">',
          ...drawing.underlay.map(
            (shape) =>
              `<path${attrs({ d: shape.d, fill: shape.fill, stroke: shape.stroke, 'stroke-width': 0.8, 'vector-effect': 'non-scaling-stroke' })}/>`,
          ),
          '</g>',
        ]),
    '<g class="edges">',
    ...drawing.edges.map((edge) => edgeMarkup(edge, fontFamily)),
    '</g>',
    '<g class="nodes">',
    ...drawing.nodes.map(
      (node) =>
        `<g${attrs({ 'data-id': node.id })}>${nodeShape(node)}${nodeLabel(node, fontFamily)}</g>`,
    ),
    '</g>',
    '</svg>',
    '',
  ];
  return lines.join('\n');
}
