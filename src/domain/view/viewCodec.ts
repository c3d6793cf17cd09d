import { RELIABILITY_THRESHOLDS } from '../evidence/sourceGrade.ts';
import type { Period } from '../compare/comparePeriods.ts';
import { ENTITY_KINDS, isIsoDate } from '../dataset/datasetVocabulary.ts';
import { isBackwardRange } from '../graph/dateRange.ts';
import { parseTieId } from '../graph/rollUp.ts';
import { GROUPINGS } from '../overview/assignGroups.ts';
import {
  APP_MODES,
  DEFAULT_VIEW,
  ENUM_VALUES,
  LAYOUTS,
  FOLDABLE_PANELS,
  MAX_COMPARE_THRESHOLD,
  PRESENTATIONS,
  MAX_PINS,
  MAX_ZOOM,
  MIN_ZOOM,
  NAME_LANGUAGES,
  RENDERERS,
  type Pin,
  type ViewState,
} from './viewState.ts';

/** The version of the link format; links without `v` are read as version 1. */
export const VIEW_FORMAT_VERSION = 1;

/**
 * Why a part of a link was not used: a code with the values its wording needs. The
 * UI words it in its language (notices.ignored.<code>); the domain writes no prose.
 */
export type IgnoreReason =
  | {
      code:
        | 'not-a-query-string'
        | 'repeated'
        | 'not-a-view-parameter'
        | 'not-an-id'
        | 'not-a-date'
        | 'not-a-dataset-version'
        | 'nothing-selected'
        | 'not-an-excerpt-number'
        | 'no-such-entity'
        | 'no-such-lens'
        | 'no-such-article'
        | 'no-such-item'
        | 'no-such-excerpt'
        | 'not-a-dataset'
        | 'not-https'
        | 'not-a-web-address'
        | 'has-credentials'
        | 'not-a-path'
        | 'same-ends'
        | 'not-a-pin'
        | 'second-pin'
        | 'not-two-periods'
        | 'not-a-threshold'
        | 'nothing-compared';
    }
  | { code: 'link-version'; version: number }
  | { code: 'not-one-of'; choices: string }
  | { code: 'too-long'; max: number }
  | { code: 'before-from'; from: string }
  | { code: 'not-a-viewport'; min: number; max: number }
  | { code: 'origin-not-allowed'; origin: string }
  /** `value` holds how many pins were left out. */
  | { code: 'too-many-pins'; max: number };

/** A part of a link that was not used, and why. */
export interface IgnoredParam {
  param: string;
  value: string;
  reason: IgnoreReason;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A group's key, or a part's: the group's key, two hyphens and a kind (`c7--official`). */
const GROUP_KEY = new RegExp(`^[a-z0-9]+(?:-[a-z0-9]+)*(?:--(?:${ENTITY_KINDS.join('|')}))?$`);
const HASH = /^[0-9a-f]{8,64}$/;
const MAX_SEARCH = 200;
const MAX_ID = 200;
const MAX_DATA = 1000;
const MAX_LIST = 500;
/** Past this many broken pins, a link is not worth listing item by item. */
const MAX_REPORTED = 20;

type EnumKey = keyof typeof ENUM_VALUES;

/** Parameter names, in the order links write them. */
const PARAMS = {
  data: 'data',
  dataVersion: 'dv',
  lens: 'lens',
  entityKinds: 'kinds',
  stances: 'stances',
  relationKinds: 'rels',
  quadClasses: 'quad',
  articles: 'articles',
  from: 'from',
  to: 'to',
  connectedTo: 'conn',
  hideIsolated: 'isolated',
  excerptsOnly: 'excerpts',
  reliability: 'rel',
  search: 'q',
  selected: 'sel',
  reading: 'read',
  focus: 'focus',
  depth: 'depth',
  outside: 'outside',
  expanded: 'expand',
  path: 'path',
  layout: 'layout',
  show: 'show',
  rollup: 'rollup',
  folded: 'fold',
  pins: 'pins',
  grouping: 'groups',
  openGroups: 'open',
  drawAll: 'all',
  allTies: 'ties',
  compare: 'compare',
  lang: 'lang',
  mode: 'mode',
  draft: 'draft',
  article: 'art',
  renderer: 'renderer',
} as const satisfies Partial<Record<keyof ViewState, string>>;

const VIEWPORT_PARAMS = { zoom: 'zoom', at: 'at' } as const;
const THRESHOLD_PARAM = 'delta';

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Writes a view as readable query parameters; defaults are left out.
 * @example encodeView({ ...DEFAULT_VIEW, lens: 'ru-kp-ties', entityKinds: ['state', 'official'], selected: 'sergey-lavrov' })
 * // 'v=1&lens=ru-kp-ties&kinds=state,official&sel=sergey-lavrov'
 */
export function encodeView(view: ViewState): string {
  const params = new URLSearchParams({ v: String(VIEW_FORMAT_VERSION) });
  const put = (key: string, value: string | null) => {
    if (value !== null) params.set(key, value);
  };
  put(PARAMS.data, view.data);
  put(PARAMS.dataVersion, view.dataVersion);
  put(PARAMS.lens, view.lens);
  put(PARAMS.entityKinds, view.entityKinds?.join(',') ?? null);
  put(PARAMS.stances, view.stances?.join(',') ?? null);
  put(PARAMS.relationKinds, view.relationKinds?.join(',') ?? null);
  put(PARAMS.quadClasses, view.quadClasses?.join(',') ?? null);
  put(PARAMS.articles, view.articles?.join(',') ?? null);
  put(PARAMS.from, view.from);
  put(PARAMS.to, view.to);
  put(PARAMS.connectedTo, view.connectedTo);
  put(PARAMS.hideIsolated, view.hideIsolated ? 'hide' : null);
  put(PARAMS.excerptsOnly, view.excerptsOnly ? 'only' : null);
  put(PARAMS.reliability, view.reliability);
  put(PARAMS.search, view.search === '' ? null : view.search);
  put(PARAMS.selected, view.selected);
  put(PARAMS.reading, view.reading === null ? null : String(view.reading));
  put(PARAMS.focus, view.focus);
  put(
    PARAMS.depth,
    view.focus !== null && view.depth !== DEFAULT_VIEW.depth ? String(view.depth) : null,
  );
  put(
    PARAMS.outside,
    view.focus !== null && view.outside !== DEFAULT_VIEW.outside ? view.outside : null,
  );
  put(PARAMS.expanded, view.expanded.length === 0 ? null : view.expanded.join(','));
  put(
    PARAMS.path,
    view.path === null
      ? null
      : [view.path.from, view.path.to, ...(view.path.shown === 1 ? [] : [view.path.shown])].join(
          ',',
        ),
  );
  put(PARAMS.layout, view.layout === DEFAULT_VIEW.layout ? null : view.layout);
  put(PARAMS.show, view.show === DEFAULT_VIEW.show ? null : view.show);
  put(PARAMS.rollup, view.rollup ? '1' : null);
  put(PARAMS.folded, view.folded.length === 0 ? null : view.folded.join(','));
  put(PARAMS.pins, view.pins.length === 0 ? null : encodePins(view.pins));
  put(PARAMS.grouping, view.grouping);
  put(PARAMS.openGroups, view.openGroups.length === 0 ? null : view.openGroups.join(','));
  put(PARAMS.drawAll, view.drawAll ? '1' : null);
  put(PARAMS.allTies, view.allTies ? 'all' : null);
  if (view.compare !== null) {
    const { a, b, threshold } = view.compare;
    params.set(PARAMS.compare, `${a.from}..${a.to},${b.from}..${b.to}`);
    if (threshold !== 0) params.set(THRESHOLD_PARAM, String(threshold));
  }
  if (view.viewport !== null) {
    params.set(VIEWPORT_PARAMS.zoom, String(round(view.viewport.zoom, 3)));
    params.set(VIEWPORT_PARAMS.at, `${round(view.viewport.x, 1)},${round(view.viewport.y, 1)}`);
  }
  put(PARAMS.lang, view.lang);
  put(PARAMS.mode, view.mode === DEFAULT_VIEW.mode ? null : view.mode);
  put(PARAMS.draft, view.mode === 'annotate' ? view.draft : null);
  put(PARAMS.article, view.mode === 'annotate' ? view.article : null);
  put(PARAMS.renderer, view.renderer);
  // Commas separate list items and never occur inside one; colons and bars join the
  // parts of a pin or a rolled-up tie's id: keep them readable.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7C/g, '|');
}

const PIN = /^([a-z0-9]+(?:-[a-z0-9]+)*):(-?\d{1,7}):(-?\d{1,7})$/;

/**
 * Writes pins as a link carries them: `id:x:y`, comma-separated, in whole units.
 * @example encodePins([{ id: 'russia', x: 120.4, y: -40 }]) // 'russia:120:-40'
 */
export function encodePins(pins: readonly Pin[]): string {
  return pins.map((pin) => `${pin.id}:${Math.round(pin.x)}:${Math.round(pin.y)}`).join(',');
}

/**
 * Reads pins written by encodePins; an item that is not a pin, a second pin of one
 * entity, and pins past MAX_PINS are left out and named in `ignored` with the reason.
 * @example decodePins('russia:120:-40,mars:1').ignored // [{ value: 'mars:1', reason: { code: 'not-a-pin' } }]
 */
export function decodePins(text: string): {
  pins: Pin[];
  ignored: { value: string; reason: IgnoreReason }[];
} {
  const pins: Pin[] = [];
  const ignored: { value: string; reason: IgnoreReason }[] = [];
  let over = 0;
  for (const item of text.split(',')) {
    if (item === '') continue;
    const match = PIN.exec(item);
    const id = match?.[1];
    if (match === null || id === undefined || id.length > MAX_ID)
      ignored.push({ value: item, reason: { code: 'not-a-pin' } });
    else if (pins.some((pin) => pin.id === id))
      ignored.push({ value: item, reason: { code: 'second-pin' } });
    else if (pins.length >= MAX_PINS) over += 1;
    else pins.push({ id, x: Number(match[2]), y: Number(match[3]) });
  }
  if (over > 0)
    ignored.push({ value: String(over), reason: { code: 'too-many-pins', max: MAX_PINS } });
  return { pins, ignored };
}

const isDate = isIsoDate;

/**
 * Reads two periods written as `from..to,from..to`; null unless both are dates in
 * order. A period given as one date (`2031`) runs through it.
 * @example decodePeriods('2031-03..2031-03,2031-04..2031-05')
 * // { a: { from: '2031-03', to: '2031-03' }, b: { from: '2031-04', to: '2031-05' } }
 */
export function decodePeriods(text: string): { a: Period; b: Period } | null {
  const parts = text.split(',');
  if (parts.length !== 2) return null;
  const periods: Period[] = [];
  for (const part of parts) {
    const [from = '', to = from, ...rest] = part.split('..');
    if (rest.length > 0 || !isDate(from) || !isDate(to) || isBackwardRange(from, to)) return null;
    periods.push({ from, to });
  }
  const [a, b] = periods;
  return a === undefined || b === undefined ? null : { a, b };
}

/**
 * Reads a view from query parameters. Never throws: whatever cannot be read is
 * left at its default and reported in `ignored`, so the app can say so.
 * @example decodeView('?lens=ru-kp-ties&kinds=state,planet').ignored
 * // [{ param: 'kinds', value: 'planet', reason: { code: 'not-one-of', choices: 'state, bloc, official, meeting, topic' } }]
 */
export function decodeView(query: string): { view: ViewState; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const ignore = (param: string, value: string, reason: IgnoreReason) => {
    ignored.push({ param, value: value.length > 80 ? `${value.slice(0, 80)}…` : value, reason });
  };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return {
      view: DEFAULT_VIEW,
      ignored: [
        { param: '(link)', value: query.slice(0, 80), reason: { code: 'not-a-query-string' } },
      ],
    };
  }
  const seen = new Set<string>();
  const first = new Map<string, string>();
  for (const [key, value] of params) {
    if (seen.has(key)) {
      ignore(key, value, { code: 'repeated' });
      continue;
    }
    seen.add(key);
    first.set(key, value);
  }

  const view: ViewState = { ...DEFAULT_VIEW, expanded: [], pins: [], openGroups: [] };
  const known = new Set<string>([
    'v',
    ...Object.values(PARAMS),
    ...Object.values(VIEWPORT_PARAMS),
    THRESHOLD_PARAM,
  ]);
  for (const [key, value] of first)
    if (!known.has(key)) ignore(key, value, { code: 'not-a-view-parameter' });

  const version = first.get('v');
  if (version !== undefined && version !== String(VIEW_FORMAT_VERSION)) {
    ignore('v', version, { code: 'link-version', version: VIEW_FORMAT_VERSION });
  }

  const readId = (param: string): string | null => {
    const value = first.get(param);
    if (value === undefined || value === '') return null;
    if (value.length <= MAX_ID && ID.test(value)) return value;
    ignore(param, value, { code: 'not-an-id' });
    return null;
  };
  const readIds = (param: string, pattern = ID): string[] | null => {
    const value = first.get(param);
    if (value === undefined) return null;
    const ids: string[] = [];
    let invalid = 0;
    for (const item of value.split(',')) {
      if (item === '') continue;
      if (item.length > MAX_ID || !pattern.test(item)) {
        ignore(param, item, { code: 'not-an-id' });
        invalid += 1;
      } else if (!ids.includes(item) && ids.length < MAX_LIST) ids.push(item);
    }
    // A list whose every item was ignored is no filter at all, not a filter that lets nothing through.
    return ids.length === 0 && invalid > 0 ? null : ids;
  };
  const readEnums = <K extends EnumKey>(key: K): ViewState[K] => {
    const param = PARAMS[key];
    const value = first.get(param);
    if (value === undefined) return null;
    const allowed = ENUM_VALUES[key] as readonly string[];
    const values: string[] = [];
    let invalid = 0;
    for (const item of value.split(',')) {
      if (item === '') continue;
      if (!allowed.includes(item)) {
        ignore(param, item, { code: 'not-one-of', choices: allowed.join(', ') });
        invalid += 1;
      } else if (!values.includes(item)) values.push(item);
    }
    return (values.length === 0 && invalid > 0 ? null : values) as ViewState[K];
  };
  const readDate = (param: string): string | null => {
    const value = first.get(param);
    if (value === undefined || value === '') return null;
    if (isIsoDate(value)) return value;
    ignore(param, value, { code: 'not-a-date' });
    return null;
  };
  const readChoice = <T extends string>(param: string, choices: readonly T[]): T | null => {
    const value = first.get(param);
    if (value === undefined) return null;
    if ((choices as readonly string[]).includes(value)) return value as T;
    ignore(param, value, { code: 'not-one-of', choices: choices.join(', ') });
    return null;
  };

  // A dataset id or a URL; whether the app may load it is decided where the page's
  // origin and the allowed origins are known.
  const data = first.get(PARAMS.data);
  if (data !== undefined && data !== '') {
    if (data.length <= MAX_DATA) view.data = data;
    else ignore(PARAMS.data, data, { code: 'too-long', max: MAX_DATA });
  }
  const dataVersion = first.get(PARAMS.dataVersion);
  if (dataVersion !== undefined) {
    if (HASH.test(dataVersion)) view.dataVersion = dataVersion;
    else ignore(PARAMS.dataVersion, dataVersion, { code: 'not-a-dataset-version' });
  }
  view.lens = readId(PARAMS.lens);
  view.entityKinds = readEnums('entityKinds');
  view.stances = readEnums('stances');
  view.relationKinds = readEnums('relationKinds');
  view.quadClasses = readEnums('quadClasses');
  view.articles = readIds(PARAMS.articles);
  view.from = readDate(PARAMS.from);
  view.to = readDate(PARAMS.to);
  // Each end read at its precision: "2031" ends after "2031-06" begins.
  if (view.to !== null && isBackwardRange(view.from, view.to)) {
    ignore(PARAMS.to, view.to, { code: 'before-from', from: view.from ?? '' });
    view.to = null;
  }
  view.connectedTo = readId(PARAMS.connectedTo);
  view.hideIsolated = readChoice(PARAMS.hideIsolated, ['hide', 'show'] as const) === 'hide';
  view.excerptsOnly = readChoice(PARAMS.excerptsOnly, ['only', 'any'] as const) === 'only';
  view.reliability = readChoice(PARAMS.reliability, RELIABILITY_THRESHOLDS);
  const search = first.get(PARAMS.search);
  if (search !== undefined) {
    if (search.length > MAX_SEARCH)
      ignore(PARAMS.search, search, { code: 'too-long', max: MAX_SEARCH });
    else view.search = search;
  }
  // A rolled-up tie is selected by its derived id; everything else by a dataset id.
  const selected = first.get(PARAMS.selected);
  view.selected =
    selected !== undefined && selected.length <= MAX_ID && parseTieId(selected) !== null
      ? selected
      : readId(PARAMS.selected);
  const reading = first.get(PARAMS.reading);
  if (reading !== undefined) {
    if (/^[1-9][0-9]{0,3}$/.test(reading) && view.selected !== null) view.reading = Number(reading);
    else
      ignore(
        PARAMS.reading,
        reading,
        view.selected === null ? { code: 'nothing-selected' } : { code: 'not-an-excerpt-number' },
      );
  }
  view.focus = readId(PARAMS.focus);
  const depth = readChoice(PARAMS.depth, ['1', '2', '3'] as const);
  if (depth !== null) view.depth = Number(depth) as 1 | 2 | 3;
  view.outside = readChoice(PARAMS.outside, ['dim', 'hide'] as const) ?? DEFAULT_VIEW.outside;
  view.expanded = readIds(PARAMS.expanded) ?? [];
  const path = first.get(PARAMS.path);
  if (path !== undefined && path !== '') {
    const [from = '', to = '', shown = '1', ...rest] = path.split(',');
    const isId = (id: string) => id.length <= MAX_ID && ID.test(id);
    if (rest.length > 0 || !isId(from) || !isId(to) || !/^[123]$/.test(shown))
      ignore(PARAMS.path, path, { code: 'not-a-path' });
    else if (from === to) ignore(PARAMS.path, path, { code: 'same-ends' });
    else view.path = { from, to, shown: Number(shown) as 1 | 2 | 3 };
  }
  view.layout = readChoice(PARAMS.layout, LAYOUTS) ?? DEFAULT_VIEW.layout;
  view.show = readChoice(PARAMS.show, PRESENTATIONS) ?? DEFAULT_VIEW.show;
  view.rollup = readChoice(PARAMS.rollup, ['1', '0'] as const) === '1';
  const folded = first.get(PARAMS.folded);
  if (folded !== undefined) {
    const asked = folded.split(',').filter((item) => item !== '');
    for (const item of asked
      .filter((item) => !(FOLDABLE_PANELS as readonly string[]).includes(item))
      .slice(0, MAX_REPORTED))
      ignore(PARAMS.folded, item, { code: 'not-one-of', choices: FOLDABLE_PANELS.join(', ') });
    view.folded = FOLDABLE_PANELS.filter((panel) => asked.includes(panel));
  }
  const pins = first.get(PARAMS.pins);
  if (pins !== undefined) {
    const read = decodePins(pins);
    view.pins = read.pins;
    for (const { value, reason } of read.ignored.slice(0, MAX_REPORTED))
      ignore(PARAMS.pins, value, reason);
  }
  view.grouping = readChoice(PARAMS.grouping, GROUPINGS);
  view.openGroups = readIds(PARAMS.openGroups, GROUP_KEY) ?? [];
  view.drawAll = readChoice(PARAMS.drawAll, ['1', '0'] as const) === '1';
  view.allTies = readChoice(PARAMS.allTies, ['all', 'strongest'] as const) === 'all';
  const compare = first.get(PARAMS.compare);
  const threshold = first.get(THRESHOLD_PARAM);
  if (compare !== undefined && compare !== '') {
    const periods = decodePeriods(compare);
    if (periods === null) ignore(PARAMS.compare, compare, { code: 'not-two-periods' });
    else view.compare = { ...periods, threshold: 0 };
  }
  if (threshold !== undefined) {
    if (view.compare === null) ignore(THRESHOLD_PARAM, threshold, { code: 'nothing-compared' });
    else if (/^\d{1,3}$/.test(threshold) && Number(threshold) <= MAX_COMPARE_THRESHOLD)
      view.compare.threshold = Number(threshold);
    else ignore(THRESHOLD_PARAM, threshold, { code: 'not-a-threshold' });
  }
  view.lang = readChoice(PARAMS.lang, NAME_LANGUAGES);
  view.mode = readChoice(PARAMS.mode, APP_MODES) ?? DEFAULT_VIEW.mode;
  // A draft lives in one browser: its id is an id, nothing more, and only Annotate reads it.
  view.draft = readId(PARAMS.draft);
  view.article = readId(PARAMS.article);
  view.renderer = readChoice(PARAMS.renderer, RENDERERS);

  const zoom = first.get(VIEWPORT_PARAMS.zoom);
  const at = first.get(VIEWPORT_PARAMS.at);
  if (zoom !== undefined || at !== undefined) {
    const z = Number(zoom);
    const [x, y, ...rest] = (at ?? '')
      .split(',')
      .map((part) => (part.trim() === '' ? NaN : Number(part)));
    const isFinite = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);
    if (
      isFinite(z) &&
      z >= MIN_ZOOM &&
      z <= MAX_ZOOM &&
      isFinite(x) &&
      isFinite(y) &&
      rest.length === 0 &&
      Math.abs(x) < 1e7 &&
      Math.abs(y) < 1e7
    ) {
      view.viewport = { zoom: z, x, y };
    } else {
      ignore('zoom, at', `${zoom ?? ''} ${at ?? ''}`.trim(), {
        code: 'not-a-viewport',
        min: MIN_ZOOM,
        max: MAX_ZOOM,
      });
    }
  }
  return { view, ignored };
}
