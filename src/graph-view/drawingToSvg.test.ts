// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  drawingToSvg,
  wrapLabel,
  type Drawing,
  type DrawnEdge,
  type DrawnNode,
} from './drawingToSvg.ts';

const SVG = 'http://www.w3.org/2000/svg';

const node = (id: string, shape: string, x: number, label = id): DrawnNode => ({
  id,
  x,
  y: 0,
  width: 40,
  height: 40,
  shape,
  fill: '#56B4E9',
  fillOpacity: 1,
  stroke: '#333333',
  strokeWidth: 1.5,
  strokeOpacity: 1,
  label,
  labelColour: '#1a1a1a',
  labelOpacity: 1,
  fontSize: 13,
  labelGap: 5,
  labelMaxWidth: 120,
  halo: '#ffffff',
  haloWidth: 3,
});

const edge = (id: string, changes: Partial<DrawnEdge> = {}): DrawnEdge => ({
  id,
  source: { x: 20, y: 0 },
  target: { x: 180, y: 0 },
  controls: [],
  colour: '#0072B2',
  width: 3,
  opacity: 1,
  dash: [],
  arrowAtTarget: false,
  arrowAtSource: false,
  ring: false,
  arrowScale: 1.1,
  label: '',
  labelColour: '#1a1a1a',
  labelOpacity: 1,
  fontSize: 11,
  labelShiftY: -11,
  halo: '#ffffff',
  ...changes,
});

const drawing = (changes: Partial<Drawing> = {}): Drawing => ({
  frame: { x: -50, y: -60, width: 300, height: 120 },
  width: 600,
  height: 240,
  background: '#ffffff',
  title: 'Graph of 3 entities and 2 relations',
  nodes: [
    node('russia', 'round-rectangle', 0, 'Rusya'),
    node('the-west', 'round-hexagon', 200, 'Batı'),
    node('lavrov', 'ellipse', 100),
  ],
  edges: [
    edge('tension', { arrowAtTarget: true, dash: [9, 5], label: 'hedged', ring: true }),
    edge('ties', { controls: [{ x: 100, y: 40 }], arrowAtTarget: true, arrowAtSource: true }),
  ],
  fontFamily: 'system-ui, sans-serif',
  ...changes,
});

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('drawingToSvg', () => {
  it('is an SVG document sized in pixels, framed in graph coordinates, with a title', () => {
    const doc = parse(drawingToSvg(drawing()));
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(SVG);
    expect(root.getAttribute('width')).toBe('600');
    expect(root.getAttribute('viewBox')).toBe('-50 -60 300 120');
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe(
      'Graph of 3 entities and 2 relations',
    );
  });

  it('draws an underlay (the map’s outline) under the edges, and none when there is none', () => {
    const outline = [{ d: 'M0,0L10,0L10,10Z', fill: '#ebe8df', stroke: 'none' }];
    const doc = parse(drawingToSvg(drawing({ underlay: outline })));
    const parts = Array.from(doc.documentElement.children).map(
      (child) => child.getAttribute('class') ?? child.localName,
    );
    expect(parts).toEqual(['title', 'rect', 'underlay', 'edges', 'nodes']);
    const path = doc.querySelector('g.underlay path')!;
    expect(path.getAttribute('d')).toBe('M0,0L10,0L10,10Z');
    expect(path.getAttribute('fill')).toBe('#ebe8df');
    expect(parse(drawingToSvg(drawing())).querySelector('g.underlay')).toBeNull();
  });

  it('draws each node with its shape and label, and each edge, edges first', () => {
    const doc = parse(drawingToSvg(drawing()));
    const groups = Array.from(doc.querySelectorAll('g[data-id]')).map((g) =>
      g.getAttribute('data-id'),
    );
    expect(groups).toEqual(['tension', 'ties', 'russia', 'the-west', 'lavrov']);
    const shapeOf = (id: string) => doc.querySelector(`g[data-id="${id}"]`)!.firstElementChild!;
    expect(shapeOf('russia').localName).toBe('rect');
    expect(shapeOf('the-west').localName).toBe('polygon');
    expect(shapeOf('lavrov').localName).toBe('ellipse');
    expect(doc.querySelector('g[data-id="russia"] text')!.textContent).toBe('Rusya');
    const long = parse(
      drawingToSvg(
        drawing({ nodes: [node('x', 'tag', 0, 'Embargoes tied to the nuclear programme')] }),
      ),
    );
    expect(long.querySelectorAll('g[data-id="x"] tspan')).toHaveLength(3);
  });

  it('draws dashes, arrowheads at the ends that have them, the one-source ring and a bend', () => {
    const doc = parse(drawingToSvg(drawing()));
    const tension = doc.querySelector('g[data-id="tension"]')!;
    expect(tension.querySelector('path')!.getAttribute('stroke-dasharray')).toBe('9 5');
    expect(tension.querySelectorAll('polygon')).toHaveLength(1);
    expect(tension.querySelectorAll('circle')).toHaveLength(1);
    expect(tension.querySelector('text')!.textContent).toBe('hedged');
    const ties = doc.querySelector('g[data-id="ties"]')!;
    expect(ties.querySelectorAll('polygon')).toHaveLength(2);
    expect(ties.querySelector('path')!.getAttribute('d')).toContain('Q100,40 180,0');
  });

  it('escapes labels and titles, so a name cannot add markup', () => {
    const hostile = '<script>alert(1)</script> & "x"';
    const doc = parse(
      drawingToSvg(
        drawing({
          title: hostile,
          nodes: [{ ...node('a', 'ellipse', 0, hostile), labelMaxWidth: null }],
        }),
      ),
    );
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.querySelector('g[data-id="a"] text')!.textContent).toBe(hostile);
  });
});

describe('wrapLabel', () => {
  it('breaks a long label at spaces to fit the width, as the canvas does', () => {
    expect(wrapLabel('Embargoes tied to the nuclear programme', 120, 13)).toEqual([
      'Embargoes tied',
      'to the nuclear',
      'programme',
    ]);
  });

  it('keeps a short label, or one that may not wrap, on one line', () => {
    expect(wrapLabel('Rusya', 120, 13)).toEqual(['Rusya']);
    expect(wrapLabel('Embargoes tied to the nuclear programme', null, 13)).toHaveLength(1);
  });
});
