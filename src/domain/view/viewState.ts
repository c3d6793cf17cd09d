import type { ReliabilityThreshold } from '../evidence/sourceGrade.ts';
import type { Period } from '../compare/comparePeriods.ts';
import { ENTITY_KINDS, type EntityKind } from '../dataset/datasetVocabulary.ts';
import type { Grouping } from '../overview/assignGroups.ts';
import { QUAD_CLASSES } from '../relations/quadClass.ts';
import {
  RELATION_KIND_IDS,
  STANCES,
  type RelationKind,
  type Stance,
} from '../relations/relationKinds.ts';

/** The QuadClass filter's values: the four classes, and "none" for relations without one. */
export const QUAD_FILTERS = [...QUAD_CLASSES, 'none'] as const;
export type QuadFilter = (typeof QUAD_FILTERS)[number];

export const LAYOUTS = ['force', 'circle', 'concentric', 'map'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** How the visible graph is presented: drawn, or as tables (for screen readers, and for reading). */
export const PRESENTATIONS = ['graph', 'table'] as const;
/** The panels around the graph that fold away to give it room (`fold=` in links). */
export const FOLDABLE_PANELS = ['filters', 'timeline', 'legend'] as const;
export type FoldablePanel = (typeof FOLDABLE_PANELS)[number];
export type Presentation = (typeof PRESENTATIONS)[number];

export const NAME_LANGUAGES = ['en', 'tr'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

export const APP_MODES = ['explore', 'annotate'] as const;
export type AppMode = (typeof APP_MODES)[number];
/** How the graph is drawn: Cytoscape's 2D canvas, or its WebGL mode (a preview since 3.31). */
export const RENDERERS = ['webgl', 'canvas'] as const;
export type RendererName = (typeof RENDERERS)[number];

/** The zoom range the graph allows, and so the range links may carry. */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 6;

/**
 * "How is `from` connected to `to`?": the paths between two entities, and which of
 * them (counting from 1, up to three) the graph draws.
 */
export interface PathQuery {
  from: string;
  to: string;
  shown: 1 | 2 | 3;
}

/** The most pins a view keeps (and a link carries); the oldest give way. */
export const MAX_PINS = 200;

/** An entity the analyst placed by hand, at graph coordinates (whole units). */
export interface Pin {
  id: string;
  x: number;
  y: number;
}

/** Two periods compared tie by tie, and how far a count may move before a tie counts as changed. */
export interface CompareQuery {
  a: Period;
  b: Period;
  threshold: number;
}

/** The largest count threshold a link may carry. */
export const MAX_COMPARE_THRESHOLD = 999;

/** The camera: zoom, and the graph point at the centre of the screen. */
export interface Viewport {
  zoom: number;
  x: number;
  y: number;
}

/**
 * Everything that makes what the analyst sees: it is what a shared link carries.
 * A filter that is null is off (everything passes); an empty list lets nothing pass.
 */
export interface ViewState {
  /** A bundled dataset's id, or the URL of a dataset; null for the default dataset. */
  data: string | null;
  /** The content hash of the dataset the view was made on. */
  dataVersion: string | null;
  lens: string | null;
  entityKinds: EntityKind[] | null;
  stances: Stance[] | null;
  relationKinds: RelationKind[] | null;
  quadClasses: QuadFilter[] | null;
  articles: string[] | null;
  /** A date range, inclusive, as YYYY[-MM[-DD]]. */
  from: string | null;
  to: string | null;
  /** Only what is connected, by any path, to this entity. */
  connectedTo: string | null;
  hideIsolated: boolean;
  /** Only items backed by a verbatim excerpt: imported items that are only cited drop out. */
  excerptsOnly: boolean;
  /** Only items resting on an article graded at least this reliable (Admiralty A–E); null for any. */
  reliability: ReliabilityThreshold | null;
  search: string;
  /** The selected entity or relation (they share one namespace of ids). */
  selected: string | null;
  /** The excerpt of the selection open in the reader, counting from 1. */
  reading: number | null;
  /** The entity whose neighbourhood is in focus. */
  focus: string | null;
  depth: 1 | 2 | 3;
  /** What happens to entities outside the focus: dimmed or hidden. */
  outside: 'dim' | 'hide';
  /** Entities whose neighbours are added to the focus. */
  expanded: string[];
  /** The paths asked for between two entities; null when none are. */
  path: PathQuery | null;
  layout: LayoutName;
  /** The graph drawn, or its visible entities and relations as tables. */
  show: Presentation;
  /** Officials drawn as the states and blocs they hold office in (see rollUp.ts). */
  rollup: boolean;
  /** Panels folded away to give the graph room, in FOLDABLE_PANELS order. */
  folded: FoldablePanel[];
  /** Entities placed by hand; they keep their place whatever the layout. */
  pins: Pin[];
  /** Periods A and B compared (see comparePeriods.ts); null when none are. */
  compare: CompareQuery | null;
  viewport: Viewport | null;
  /** How a large graph's overview groups entities; null lets the app choose (see defaultGrouping). */
  grouping: Grouping | null;
  /** The keys of the overview's groups opened into their members. */
  openGroups: string[];
  /** Every entity drawn, not an overview, however large the graph. */
  drawAll: boolean;
  /** Every tie between groups drawn in the overview, not only each group's strongest. */
  allTies: boolean;
  /**
   * The language of the interface and of entity names. Null only until the app names
   * the one it chose (the analyst's remembered choice, else the browser's): a view
   * shown always says its language, so its links do.
   */
  lang: NameLanguage | null;
  /** Exploring a dataset, or annotating an article into a local draft. */
  mode: AppMode;
  /** In Annotate: the local draft open (it lives in this browser only). */
  draft: string | null;
  /** In Annotate: the id of the article open in the draft. */
  article: string | null;
  /** The renderer the link forces; null lets the app choose from the machine's WebGL. */
  renderer: RendererName | null;
}

/** The whole graph, nothing selected, default framing. */
export const DEFAULT_VIEW: ViewState = {
  data: null,
  dataVersion: null,
  lens: null,
  entityKinds: null,
  stances: null,
  relationKinds: null,
  quadClasses: null,
  articles: null,
  from: null,
  to: null,
  connectedTo: null,
  hideIsolated: false,
  excerptsOnly: false,
  reliability: null,
  search: '',
  selected: null,
  reading: null,
  focus: null,
  depth: 1,
  outside: 'dim',
  expanded: [],
  path: null,
  layout: 'force',
  show: 'graph',
  rollup: false,
  folded: [],
  pins: [],
  compare: null,
  viewport: null,
  grouping: null,
  openGroups: [],
  drawAll: false,
  allTies: false,
  lang: null,
  mode: 'explore',
  draft: null,
  article: null,
  renderer: null,
};

/** The fields that filter what the graph shows (a lens counts as one). */
export const FILTER_FIELDS = [
  'lens',
  'entityKinds',
  'stances',
  'relationKinds',
  'quadClasses',
  'articles',
  'from',
  'to',
  'connectedTo',
  'hideIsolated',
  'excerptsOnly',
  'reliability',
] as const satisfies readonly (keyof ViewState)[];

/** The fields of the focus on a neighbourhood. */
export const FOCUS_FIELDS = [
  'focus',
  'depth',
  'outside',
  'expanded',
] as const satisfies readonly (keyof ViewState)[];

/** The fields that decide what the graph shows: its filters and its focus. */
export const VISIBILITY_FIELDS = [...FILTER_FIELDS, ...FOCUS_FIELDS] as const;

/**
 * The default values of some fields of the view.
 * @example defaultsOf(['lens', 'hideIsolated']) // { lens: null, hideIsolated: false }
 */
export function defaultsOf<K extends keyof ViewState>(fields: readonly K[]): Pick<ViewState, K> {
  return Object.fromEntries(fields.map((field) => [field, DEFAULT_VIEW[field]])) as Pick<
    ViewState,
    K
  >;
}

export const ENUM_VALUES = {
  entityKinds: ENTITY_KINDS,
  stances: STANCES,
  relationKinds: RELATION_KIND_IDS,
  quadClasses: QUAD_FILTERS,
} as const;
