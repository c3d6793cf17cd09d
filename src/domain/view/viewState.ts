import { ENTITY_KINDS, type EntityKind } from '../dataset/datasetSchema.ts';
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

export const LAYOUTS = ['force', 'circle', 'concentric'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** How the visible graph is presented: drawn, or as tables (for screen readers, and for reading). */
export const PRESENTATIONS = ['graph', 'table'] as const;
export type Presentation = (typeof PRESENTATIONS)[number];

export const NAME_LANGUAGES = ['en', 'tr'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

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
  /** Entities placed by hand; they keep their place whatever the layout. */
  pins: Pin[];
  viewport: Viewport | null;
  /**
   * The language of the interface and of entity names. Null only until the app names
   * the one it chose (the analyst's remembered choice, else the browser's): a view
   * shown always says its language, so its links do.
   */
  lang: NameLanguage | null;
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
  pins: [],
  viewport: null,
  lang: null,
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
] as const satisfies readonly (keyof ViewState)[];

/** The fields of the focus on a neighbourhood. */
export const FOCUS_FIELDS = [
  'focus',
  'depth',
  'outside',
  'expanded',
] as const satisfies readonly (keyof ViewState)[];

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
