import type { EntityKind } from '../domain/dataset/datasetSchema.ts';
import type { Stance } from '../domain/relations/relationKinds.ts';
import type { Theme } from '../domain/view/theme.ts';

// The look of each entity kind and stance, shared by the graph and its legend so
// the two cannot drift apart. Colours come from the Okabe–Ito palette, which stays
// distinct under the common colour-vision deficiencies; shapes and line styles
// carry the same information for readers who cannot rely on colour at all.

export interface EntityLook {
  /** A Cytoscape node shape. */
  shape: 'round-rectangle' | 'round-hexagon' | 'ellipse' | 'round-diamond' | 'round-tag';
  fill: string;
  size: number;
}

export const ENTITY_LOOKS: Record<EntityKind, EntityLook> = {
  state: { shape: 'round-rectangle', fill: '#56B4E9', size: 46 },
  bloc: { shape: 'round-hexagon', fill: '#009E73', size: 50 },
  official: { shape: 'ellipse', fill: '#E69F00', size: 38 },
  meeting: { shape: 'round-diamond', fill: '#F0E442', size: 40 },
  topic: { shape: 'round-tag', fill: '#CC79A7', size: 36 },
};

export interface StanceLook {
  colour: string;
  width: number;
  /** Dash pattern in pixels; empty for a solid line. */
  dash: readonly number[];
  /** Cytoscape's line style. */
  lineStyle: 'solid' | 'dashed' | 'dotted';
}

export const STANCE_LOOKS: Record<Stance, StanceLook> = {
  cooperation: { colour: '#0072B2', width: 3, dash: [], lineStyle: 'solid' },
  conflict: { colour: '#D55E00', width: 3, dash: [9, 5], lineStyle: 'dashed' },
  structural: {
    colour: '#6E6E6E',
    width: 2,
    dash: [1, 5],
    lineStyle: 'dotted',
  },
  unclassified: {
    // Contrasts at least 3:1 with both themes' backgrounds (#882E72 did not on dark).
    colour: '#B0479A',
    width: 3,
    dash: [12, 4, 2, 4],
    lineStyle: 'dashed',
  },
};

/**
 * How a hedged relation differs from a stated one: fainter, and marked with a word
 * in the interface's language, which the graph view is given (graphStylesheet).
 */
export const HEDGED_OPACITY = 0.55;

/**
 * Above this many elements (entities and relations) the graph is drawn as an
 * overview with less detail (see graphStylesheet.ts); the legend says so.
 */
export const DETAIL_MAX_ELEMENTS = 1500;

/** Whether a dataset is drawn as an overview: the one test the graph, legend and bench share. */
export function isOverview(dataset: {
  entities: readonly unknown[];
  relations: readonly unknown[];
}): boolean {
  return dataset.entities.length + dataset.relations.length > DETAIL_MAX_ELEMENTS;
}

/** What changes with the theme on the canvas: ink for labels, halos and outlines. */
export interface GraphInk {
  text: string;
  halo: string;
  border: string;
  /** The selection's outline. */
  strong: string;
  /** What a sentence in the reader backs. */
  evidence: string;
}

export const GRAPH_INKS: Record<Theme, GraphInk> = {
  light: {
    text: '#1a1a1a',
    halo: '#ffffff',
    border: '#333333',
    strong: '#000000',
    evidence: '#0b5cad',
  },
  dark: {
    text: '#e8e8e4',
    halo: '#141414',
    border: '#cfcfca',
    strong: '#ffffff',
    evidence: '#8ab8ff',
  },
};

/** The map layout's world outline per theme: under the graph on screen and in the SVG export. */
export const MAP_INKS: Record<
  Theme,
  { sphere: string; sphereEdge: string; land: string; borders: string }
> = {
  light: { sphere: '#f4f7fa', sphereEdge: '#c9d2da', land: '#ebe8df', borders: '#bdb7a8' },
  dark: { sphere: '#16191c', sphereEdge: '#3a4148', land: '#24262a', borders: '#4a4d52' },
};
