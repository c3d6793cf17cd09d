import type { StylesheetJson } from 'cytoscape';
import type { EntityKind } from '../domain/dataset/datasetSchema.ts';
import type { Stance } from '../domain/relations/relationKinds.ts';
import {
  ENTITY_LOOKS,
  HEDGED_OPACITY,
  isOverview,
  STANCE_LOOKS,
  GRAPH_INKS,
  type GraphInk,
} from './graphPalette.ts';
import type { Theme } from '../domain/view/theme.ts';

// The overview draws each kind's shape without rounded corners: the same outline
// at a glance, drawn with straight segments only.
const SHARP_SHAPES = {
  'round-rectangle': 'rectangle',
  'round-hexagon': 'hexagon',
  ellipse: 'ellipse',
  'round-diamond': 'diamond',
  'round-tag': 'tag',
} as const;

const entityRulesWith = (sharp: boolean) =>
  (Object.keys(ENTITY_LOOKS) as EntityKind[]).map((kind) => {
    const look = ENTITY_LOOKS[kind];
    return {
      selector: `node[kind = "${kind}"]`,
      style: {
        shape: sharp ? SHARP_SHAPES[look.shape] : look.shape,
        'background-color': look.fill,
        width: look.size,
        height: look.size,
      },
    };
  });
const entityRules = entityRulesWith(false);

const stanceRules = (Object.keys(STANCE_LOOKS) as Stance[]).map((stance) => {
  const look = STANCE_LOOKS[stance];
  return {
    selector: `edge[stance = "${stance}"]`,
    style: {
      'line-color': look.colour,
      'target-arrow-color': look.colour,
      'source-arrow-color': look.colour,
      'mid-target-arrow-color': look.colour,
      width: look.width,
      'line-style': look.lineStyle,
      ...(look.lineStyle === 'dashed' ? { 'line-dash-pattern': [...look.dash] } : {}),
    },
  };
});

/** A group of the overview: a neutral grey that none of the entity kinds uses. */
const GROUP_FILL = '#a7adb7';

/** The outline of a path between two entities (Okabe–Ito blue, as the reader's outline). */
const PATH_COLOUR = '#0072B2';

/**
 * Comparing two periods: each relation carries the word for its tie's status and a
 * marker at its middle (a filled diamond for new, a hollow square for ended, a
 * chevron for changed), so the marks never rest on colour; the halo behind new and
 * changed lines only doubles them. Relations outside both periods or without a date
 * step back, as faded ones.
 */
const compareRules: StylesheetJson = [
  {
    selector: 'edge.cmp-new, edge.cmp-ended, edge.cmp-changed',
    style: {
      label: 'data(cmpLabel)',
      'font-style': 'normal',
      'font-weight': 'bold',
      'text-margin-y': -11,
      'arrow-scale': 1.6,
    },
  },
  {
    selector: 'edge.cmp-new',
    style: {
      'mid-target-arrow-shape': 'diamond',
      'mid-target-arrow-fill': 'filled',
      'underlay-color': '#009E73',
      'underlay-opacity': 0.3,
      'underlay-padding': 5,
    },
  },
  {
    selector: 'edge.cmp-ended',
    style: {
      'line-opacity': 0.45,
      'mid-target-arrow-shape': 'square',
      'mid-target-arrow-fill': 'hollow',
    },
  },
  {
    selector: 'edge.cmp-changed',
    style: {
      'mid-target-arrow-shape': 'chevron',
      'mid-target-arrow-fill': 'filled',
      'underlay-color': '#E69F00',
      'underlay-opacity': 0.35,
      'underlay-padding': 5,
    },
  },
  {
    selector: 'edge.cmp-outside, edge.cmp-undated',
    style: { 'line-opacity': 0.12, 'text-opacity': 0, 'mid-target-arrow-shape': 'none' },
  },
];

/** Arrowheads by direction, for the edges a selector picks. */
const arrowRules = (selector: string) => [
  {
    selector: `${selector}[arrows = "forward"], ${selector}[arrows = "both"]`,
    style: { 'target-arrow-shape': 'triangle' as const },
  },
  {
    selector: `${selector}[arrows = "both"]`,
    style: { 'source-arrow-shape': 'triangle' as const },
  },
];

/**
 * The graph's look: entity kinds by shape and colour, stances by colour and line
 * style; hedged relations carry the mark given, a word in the interface's language.
 */
const detailedStylesheet = (ink: GraphInk, hedgedMark: string): StylesheetJson => [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'system-ui, "DejaVu Sans", sans-serif',
      'font-size': 13,
      color: ink.text,
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-outline-color': ink.halo,
      'text-outline-width': 3,
      'border-width': 1.5,
      'border-color': ink.border,
      'min-zoomed-font-size': 6,
    },
  },
  ...entityRules,
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'control-point-step-size': 36,
      'arrow-scale': 1.1,
      'font-size': 11,
      'font-style': 'italic',
      color: ink.text,
      'text-background-color': ink.halo,
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
    },
  },
  ...stanceRules,
  ...arrowRules('edge'),
  // Width grows with the independent sources behind a relation.
  { selector: 'edge[sources >= 2]', style: { width: 'mapData(sources, 2, 5, 4.5, 9)' } },
  // A relation backed by one source only carries a hollow ring at its middle.
  {
    selector: 'edge[sources <= 1]',
    style: {
      'mid-target-arrow-shape': 'circle',
      'mid-target-arrow-fill': 'hollow',
      'arrow-scale': 1.1,
    },
  },
  {
    selector: 'edge[modality = "hedged"]',
    style: { 'line-opacity': HEDGED_OPACITY, label: hedgedMark, 'text-margin-y': -11 },
  },
  // Faded elements step back but keep their labels readable.
  {
    selector: 'node.faded',
    style: { 'background-opacity': 0.25, 'border-opacity': 0.3, 'text-opacity': 0.65 },
  },
  { selector: 'edge.faded', style: { 'line-opacity': 0.15, 'text-opacity': 0 } },
  // Off the path drawn: as faded.
  {
    selector: 'node.off-path',
    style: { 'background-opacity': 0.25, 'border-opacity': 0.3, 'text-opacity': 0.65 },
  },
  { selector: 'edge.off-path', style: { 'line-opacity': 0.15, 'text-opacity': 0 } },
  ...compareRules,
  ...stateRules(ink),
];

/**
 * Ties the roll-up derives (class `rolled`) and entities the analyst pinned, in
 * either sheet: a tie's width grows with what it counts and its label says it; a
 * pinned entity wears a double border. Both in the theme's inks.
 */
function rolledAndPinnedRules(ink: GraphInk): StylesheetJson {
  return [
    {
      selector: 'edge.rolled',
      style: {
        'curve-style': 'bezier',
        width: 'mapData(count, 1, 10, 3, 12)',
        label: '',
        'font-size': 11,
        'font-style': 'normal',
        'font-weight': 'bold',
        color: ink.text,
        'text-background-color': ink.halo,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-margin-y': 0,
        'mid-target-arrow-shape': 'none',
      },
    },
    // Every meeting tie says how many meetings; a relation tie only when it is more than one.
    {
      selector: 'edge.rolled[kind = "meeting"], edge.rolled[count >= 2]',
      style: { label: 'data(tieLabel)' },
    },
    ...arrowRules('edge.rolled'),
    // Compared periods mark rolled-up ties as they mark relations (the rules above
    // would take the marker off): the same rules, for rolled edges, after them.
    ...compareRules.map((rule) => ({
      ...rule,
      selector: rule.selector.replaceAll('edge.', 'edge.rolled.'),
    })),
    {
      selector: 'node.pinned',
      style: { 'border-width': 5, 'border-style': 'double', 'border-color': ink.strong },
    },
  ];
}

/** How filters, focus, the reader and the selection mark elements, in either sheet. */
function stateRules(ink: GraphInk): StylesheetJson {
  return [
    // On the map, a meeting whose place the data does not give stands beside its
    // participants: a dashed outline says so (a pin's double outline wins).
    {
      selector: 'node.place-unknown',
      style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': ink.strong },
    },
    ...rolledAndPinnedRules(ink),
    // Outside the focus: further back than faded, labels still legible.
    {
      selector: 'node.dimmed',
      style: { 'background-opacity': 0.12, 'border-opacity': 0.2, 'text-opacity': 0.45 },
    },
    { selector: 'edge.dimmed', style: { 'line-opacity': 0.1, 'text-opacity': 0 } },
    { selector: '.hidden', style: { display: 'none' } },
    // A path between two entities: outlined, and never faded by a selection or a focus.
    {
      selector: 'node.on-path',
      style: {
        'border-width': 3,
        'border-color': PATH_COLOUR,
        'border-opacity': 1,
        'background-opacity': 1,
        'text-opacity': 1,
        'underlay-color': PATH_COLOUR,
        'underlay-opacity': 0.2,
        'underlay-padding': 6,
        'z-index': 8,
      },
    },
    {
      selector: 'edge.on-path',
      style: {
        'line-opacity': 1,
        'underlay-color': PATH_COLOUR,
        'underlay-opacity': 0.3,
        'underlay-padding': 5,
        'z-index': 8,
      },
    },
    // What a sentence chosen in the reader is evidence for.
    {
      selector: '.evidence-hit',
      style: {
        'underlay-color': ink.evidence,
        'underlay-opacity': 0.35,
        'underlay-padding': 7,
        // Stronger than the fading of a selection's surroundings.
        'background-opacity': 1,
        'border-opacity': 1,
        'text-opacity': 1,
        'line-opacity': 1,
      },
    },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': ink.strong,
        'underlay-color': ink.strong,
        'underlay-opacity': 0.12,
        'underlay-padding': 8,
      },
    },
    {
      selector: 'edge:selected',
      style: {
        'underlay-color': ink.strong,
        'underlay-opacity': 0.15,
        'underlay-padding': 5,
        'z-index': 10,
      },
    },
  ];
}

// Above DETAIL_MAX_ELEMENTS (graphPalette.ts) the graph is drawn with less detail: the
// full look costs seconds per frame there (arrowheads, rings, curves and labels
// dominate the drawing).

/**
 * Level of detail for large graphs, a lean sheet of its own (every selector costs
 * time on every element): straight solid edges one pixel wide, coloured by stance,
 * without arrowheads, rings, dashes or hedge marks; nodes without borders or
 * rounded corners; labels only on the entities the camera is close to (class
 * `in-view`, see labelsInView). The selection and its neighbourhood (class `near`)
 * get their curves and arrows back, and stand out instead of everything else fading.
 */
const overviewStylesheet = (ink: GraphInk): StylesheetJson => [
  // Every property an element's rules give is applied to it, one by one, when it is
  // first drawn: at 20,000 entities drawn in full, 70,000 elements. So the rules every
  // element matches give only what every element shows (its shape, fill, size, line
  // colour); the look of a label goes only to the nodes that have one, and the colour
  // and size of arrowheads only to the edges that draw them. Cytoscape's defaults
  // (no label; straight haystack edges, of radius 0) stay unwritten.
  {
    selector: 'node.in-view, node.near, node:selected, node.on-path, node.group',
    style: {
      'font-family': 'system-ui, "DejaVu Sans", sans-serif',
      'font-size': 13,
      color: ink.text,
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-outline-color': ink.halo,
      'text-outline-width': 3,
      'min-zoomed-font-size': 10,
    },
  },
  { selector: 'node.in-view', style: { label: 'data(label)' } },
  ...entityRulesWith(true),
  { selector: 'edge', style: { width: 1 } },
  ...(Object.keys(STANCE_LOOKS) as Stance[]).map((stance) => ({
    selector: `edge[stance = "${stance}"]`,
    style: { 'line-color': STANCE_LOOKS[stance].colour },
  })),
  { selector: 'edge[modality = "hedged"]', style: { 'line-opacity': HEDGED_OPACITY } },
  {
    selector: 'edge.near, edge:selected',
    style: { 'curve-style': 'bezier', width: 2.5, 'z-index': 5 },
  },
  // The path drawn gets its curves, arrows and labels back, as the selection's surroundings do.
  {
    selector: 'edge.on-path',
    style: { 'curve-style': 'bezier', width: 3, 'z-index': 8 },
  },
  // The arrowheads of those edges and of rolled-up ties, in their stance's colour.
  ...(Object.keys(STANCE_LOOKS) as Stance[]).map((stance) => {
    const { colour } = STANCE_LOOKS[stance];
    const withArrows = ['edge.near', 'edge:selected', 'edge.on-path', 'edge.rolled'];
    return {
      selector: withArrows.map((edges) => `${edges}[stance = "${stance}"]`).join(', '),
      style: { 'target-arrow-color': colour, 'source-arrow-color': colour, 'arrow-scale': 1.1 },
    };
  }),
  ...compareRules,
  ...arrowRules('edge.near'),
  ...arrowRules('edge:selected'),
  ...arrowRules('edge.on-path'),
  { selector: 'node.near, node:selected', style: { label: 'data(label)' } },
  { selector: 'node.on-path', style: { label: 'data(label)', 'min-zoomed-font-size': 0 } },
  {
    selector: 'node.near',
    style: {
      'border-width': 2,
      'border-color': ink.strong,
      'min-zoomed-font-size': 0,
      'z-index': 5,
    },
  },
  // The overview's groups: a circle sized by its members, named inside it in letters
  // that grow with it, so the largest groups can be read in a view of them all (and
  // the smallest once the camera comes closer; the tooltip names each); a tie between
  // groups as wide as its relations, in its most common stance's colour.
  {
    selector: 'node.group',
    style: {
      shape: 'ellipse',
      width: 'data(size)',
      height: 'data(size)',
      'background-color': GROUP_FILL,
      'background-opacity': 0.9,
      'border-width': 1.5,
      'border-color': ink.border,
      label: 'data(label)',
      'font-size': 'data(labelSize)',
      'text-wrap': 'wrap',
      'text-max-width': 'data(labelWidth)',
      'min-zoomed-font-size': 7,
      'text-valign': 'center',
      'text-margin-y': 0,
    },
  },
  // An open group's hub: a small dashed ring among its members, named below, where
  // its ties to the closed groups end.
  {
    selector: 'node.group[?open]',
    style: {
      'background-opacity': 0.25,
      'border-width': 2,
      'border-style': 'dashed',
      'border-color': ink.strong,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'none',
      'min-zoomed-font-size': 0,
      'z-index': 4,
    },
  },
  { selector: 'edge.group-tie', style: { width: 'data(width)', 'line-opacity': 0.6 } },
  ...stateRules(ink),
];

interface Sheets {
  detailed: StylesheetJson;
  lean: StylesheetJson;
}

// Built once per theme and hedge mark (one per language): the graph view restyles
// only when the sheet object changes.
const builtSheets = new Map<string, Sheets>();
function sheetsFor(theme: Theme, hedgedMark: string): Sheets {
  const key = `${theme}:${hedgedMark}`;
  let sheets = builtSheets.get(key);
  if (sheets === undefined) {
    const ink = GRAPH_INKS[theme];
    sheets = {
      detailed: detailedStylesheet(ink, hedgedMark),
      lean: overviewStylesheet(ink),
    };
    builtSheets.set(key, sheets);
  }
  return sheets;
}

/**
 * Below this zoom a large graph's labels would be under 10 px: not drawn at all (not
 * even measured), except for the selection's neighbourhood. From it on, the entities
 * in view are labelled (labelsInView) when the camera comes to rest.
 */
export const OVERVIEW_LABEL_ZOOM = 0.75;

/**
 * The stylesheet for a dataset's graph in a theme, with the word that marks hedged
 * relations (translated by the caller: this folder holds no UI text). It does not
 * depend on the zoom: changing the sheet restyles every element (8 s at 20,000
 * entities drawn in full), so a large graph labels what is in view by a class.
 */
export function graphStylesheet(
  dataset: Parameters<typeof isOverview>[0],
  theme: Theme,
  hedgedMark: string,
): StylesheetJson {
  const sheets = sheetsFor(theme, hedgedMark);
  return isOverview(dataset) ? sheets.lean : sheets.detailed;
}

/** The part of the graph the camera shows, in graph coordinates. */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The entities to label in a large graph at a camera: none below OVERVIEW_LABEL_ZOOM,
 * else those inside the view or within a fifth of its size of it (so a short pan
 * shows names at once). Only the entities entering or leaving this set are restyled.
 * @example labelsInView([['a', 5, 5]], { x1: 0, y1: 0, x2: 10, y2: 10 }, 1) // Set { 'a' }
 */
export function labelsInView(
  nodes: Iterable<readonly [string, number, number]>,
  extent: Extent,
  zoom: number,
): Set<string> {
  const shown = new Set<string>();
  if (zoom < OVERVIEW_LABEL_ZOOM) return shown;
  const marginX = (extent.x2 - extent.x1) / 5;
  const marginY = (extent.y2 - extent.y1) / 5;
  for (const [id, x, y] of nodes)
    if (
      x >= extent.x1 - marginX &&
      x <= extent.x2 + marginX &&
      y >= extent.y1 - marginY &&
      y <= extent.y2 + marginY
    )
      shown.add(id);
  return shown;
}
