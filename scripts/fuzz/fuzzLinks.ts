// Shared links for fuzzing: generated and mutated by fast-check from a seed, so the
// unit tests (scripts/fuzz/fuzzLinks.test.ts), the browser run in CI
// (e2e/fuzzedLinks.spec.ts) and the script for people (npm run fuzz:links) open the
// same links for the same seed.
import fc from 'fast-check';
import type { Dataset } from '../../src/domain/dataset/datasetSchema.ts';
import { isoDateSchema } from '../../src/domain/dataset/datasetSchema.ts';
import { isBackwardRange } from '../../src/domain/graph/dateRange.ts';
import { ENTITY_KINDS } from '../../src/domain/dataset/datasetVocabulary.ts';
import { GROUPINGS } from '../../src/domain/overview/assignGroups.ts';
import { partKey } from '../../src/domain/overview/groupGraph.ts';
import { encodeView } from '../../src/domain/view/viewCodec.ts';
import {
  DEFAULT_VIEW,
  ENUM_VALUES,
  LAYOUTS,
  MAX_ZOOM,
  MIN_ZOOM,
  MAX_PINS,
  NAME_LANGUAGES,
  PRESENTATIONS,
  type Pin,
  type ViewState,
} from '../../src/domain/view/viewState.ts';

/** The ids a dataset offers, so that valid links point at things that exist. */
export interface Vocabulary {
  /** The dataset's id, as `?data=` names it. */
  dataset: string;
  entities: readonly string[];
  relations: readonly string[];
  lenses: readonly string[];
  articles: readonly string[];
}

/** The ids of a dataset, for {@link fuzzedLink}. */
export function vocabularyOf(dataset: Dataset): Vocabulary {
  return {
    dataset: dataset.id,
    entities: dataset.entities.map((e) => e.id),
    relations: dataset.relations.map((r) => r.id),
    lenses: (dataset.lenses ?? []).map((l) => l.id),
    articles: dataset.articles.map((a) => a.id),
  };
}

export const FUZZ_KINDS = [
  'valid',
  'one-broken',
  'repeated',
  'percent-garbage',
  'huge',
  'random-pairs',
  'random-string',
] as const;
export type FuzzKind = (typeof FUZZ_KINDS)[number];

/** A link to open, and what a correct reading of it keeps. */
export interface FuzzedLink {
  kind: FuzzKind;
  /** The query string, with its leading "?". */
  query: string;
  /**
   * For links made from a valid view: that view, the fields a correct reading may
   * lose (those of the broken parameter), and the parameter that must be reported.
   */
  expected?: {
    view: ViewState;
    mayLose: readonly (keyof ViewState)[];
    reported?: string;
  };
}

/** The size of a "huge" parameter: 100 KB. */
export const HUGE_LENGTH = 100_000;

/** An id that exists in the dataset, or now and then one that does not (a stale link). */
const idFrom = (ids: readonly string[]): fc.Arbitrary<string> => {
  const unknown = fc.stringMatching(/^[a-z]{3,8}(-[a-z0-9]{1,4})?$/);
  if (ids.length === 0) return unknown;
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: unknown },
  );
};

const subsetOf = <T>(values: readonly T[]) =>
  fc.option(fc.subarray([...values], { minLength: 1 }), { nil: null, freq: 2 });

const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .chain((d) => {
    const iso = d.toISOString().slice(0, 10);
    return fc.constantFrom(iso.slice(0, 4), iso.slice(0, 7), iso);
  });

/**
 * `?data=` values besides the dataset's own id: ones the app must refuse before any
 * fetch (another scheme, a user name or password, plain http from elsewhere, an
 * origin the build does not allow), an id nothing bundles, and a same-origin path
 * that is not there (the one fetch, answered 404).
 */
export const DATA_PARAMS_TO_REFUSE = [
  'no-such-dataset',
  '/no-such-dataset.json',
  'blob:http://127.0.0.1:4781/0b5e2c5a-9a8e-4a43-9a3c-0f2a1c1e7d11',
  'https://analyst:secret@data.example.org/set.json',
  'http://data.example.org/set.json',
  'https://not-allowed.example/set.json',
  'ftp://data.example.org/set.json',
  'javascript:window.__pwned=1',
  'data:application/json,{}',
  '//evil.example/set.json',
] as const;

/** Any view of the dataset that the app could be in, sparse like real links. */
export function validView(vocabulary: Vocabulary): fc.Arbitrary<ViewState> {
  const { entities, relations, lenses, articles } = vocabulary;
  const sometimes = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null, freq: 2 });
  return fc
    .record({
      data: fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(null, vocabulary.dataset) },
        { weight: 1, arbitrary: fc.constantFrom(...DATA_PARAMS_TO_REFUSE) },
      ),
      dataVersion: fc.option(fc.stringMatching(/^[0-9a-f]{16}$/), { nil: null, freq: 6 }),
      lens: sometimes(idFrom(lenses)),
      entityKinds: subsetOf(ENUM_VALUES.entityKinds),
      stances: subsetOf(ENUM_VALUES.stances),
      relationKinds: subsetOf(ENUM_VALUES.relationKinds),
      quadClasses: subsetOf(ENUM_VALUES.quadClasses),
      articles: fc.option(fc.uniqueArray(idFrom(articles), { minLength: 1, maxLength: 3 }), {
        nil: null,
        freq: 3,
      }),
      from: sometimes(isoDate),
      to: sometimes(isoDate),
      connectedTo: sometimes(idFrom(entities)),
      hideIsolated: fc.boolean(),
      search: fc.oneof(
        fc.constant(''),
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.constantFrom('Lavrov', 'Dışişleri', 'İSTANBUL'),
      ),
      selected: sometimes(idFrom([...entities, ...relations])),
      reading: fc.option(fc.constant(1), { nil: null }),
      focus: sometimes(idFrom(entities)),
      depth: fc.constantFrom(1 as const, 2 as const, 3 as const),
      outside: fc.constantFrom('dim' as const, 'hide' as const),
      expanded: fc.uniqueArray(idFrom(entities), { maxLength: 3 }),
      path: sometimes(
        fc
          .record({
            from: idFrom(entities),
            to: idFrom(entities),
            shown: fc.constantFrom(1 as const, 2 as const, 3 as const),
          })
          .filter((path) => path.from !== path.to),
      ),
      layout: fc.constantFrom(...LAYOUTS),
      show: fc.constantFrom(...PRESENTATIONS),
      rollup: fc.boolean(),
      pins: fc.uniqueArray(
        fc.record({
          id: idFrom(entities),
          x: fc.integer({ min: -50_000, max: 50_000 }),
          y: fc.integer({ min: -50_000, max: 50_000 }),
        }),
        { maxLength: 4, selector: (pin: Pin) => pin.id },
      ),
      viewport: sometimes(
        fc.record({
          zoom: fc.integer({ min: MIN_ZOOM * 1000, max: MAX_ZOOM * 1000 }).map((n) => n / 1000),
          x: fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 10),
          y: fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 10),
        }),
      ),
      grouping: sometimes(fc.constantFrom(...GROUPINGS)),
      // Group keys: a state's id, a community, a kind; and parts of them.
      openGroups: fc.uniqueArray(
        fc.oneof(
          idFrom(entities),
          fc.integer({ min: 0, max: 40 }).map((n) => `c${n}`),
          fc.constantFrom(...ENTITY_KINDS),
          fc
            .tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom(...ENTITY_KINDS))
            .map(([n, kind]) => partKey(`c${n}`, kind)),
        ),
        { maxLength: 4 },
      ),
      drawAll: fc.boolean(),
      allTies: fc.boolean(),
      lang: fc.option(fc.constantFrom(...NAME_LANGUAGES), { nil: null }),
    })
    .map((view) => ({
      // Fields this generator does not know yet keep their defaults.
      ...DEFAULT_VIEW,
      ...view,
      to: view.to !== null && isBackwardRange(view.from, view.to) ? null : view.to,
      // What the app writes: reading needs a selection; depth and outside a focus.
      reading: view.selected === null ? null : view.reading,
      depth: view.focus === null ? DEFAULT_VIEW.depth : view.depth,
      outside: view.focus === null ? DEFAULT_VIEW.outside : view.outside,
    }));
}

/** Text that no parameter of the kind accepts: it holds a character ids never do. */
const notAnId = fc
  .tuple(fc.string({ maxLength: 12 }), fc.constantFrom('X', ' ', '<', '"', '%', '/', 'é', '\u202e'))
  .map(([text, bad]) => `${bad}${text}`);
const junk = fc.string({ unit: 'binary', maxLength: 40 });
const overLong = (length: number) =>
  fc
    .string({ minLength: 1, maxLength: 3 })
    .map((unit) => unit.repeat(Math.ceil(length / unit.length)));

interface Breakable {
  param: string;
  mayLose: (keyof ViewState)[];
  broken: fc.Arbitrary<string>;
}

/** Each parameter of a v=1 link, with values it must refuse. */
const BREAKABLE: Breakable[] = [
  { param: 'v', mayLose: [], broken: fc.oneof(fc.constantFrom('0', '2', '1.0', ''), notAnId) },
  { param: 'data', mayLose: ['data'], broken: overLong(1001) },
  {
    param: 'dv',
    mayLose: ['dataVersion'],
    broken: fc.oneof(notAnId, fc.constantFrom('abc', 'G'.repeat(16))),
  },
  { param: 'lens', mayLose: ['lens'], broken: fc.oneof(notAnId, overLong(201)) },
  ...(['kinds', 'stances', 'rels', 'quad'] as const).map((param) => ({
    param,
    mayLose: [
      (
        {
          kinds: 'entityKinds',
          stances: 'stances',
          rels: 'relationKinds',
          quad: 'quadClasses',
        } as const
      )[param],
    ],
    broken: fc.array(notAnId, { minLength: 1, maxLength: 3 }).map((items) => items.join(',')),
  })),
  { param: 'articles', mayLose: ['articles'], broken: notAnId },
  {
    param: 'from',
    mayLose: ['from'],
    broken: fc.constantFrom('2024-13', '2024-02-30', 'yesterday', '24-1-1', '2024-06-19T00:00'),
  },
  {
    param: 'to',
    mayLose: ['to'],
    broken: fc.constantFrom('2024-00', '2023-02-29', 'tomorrow', '-2024'),
  },
  { param: 'conn', mayLose: ['connectedTo'], broken: notAnId },
  { param: 'isolated', mayLose: ['hideIsolated'], broken: notAnId },
  { param: 'q', mayLose: ['search'], broken: overLong(201) },
  { param: 'sel', mayLose: ['selected', 'reading'], broken: fc.oneof(notAnId, overLong(201)) },
  {
    param: 'read',
    mayLose: ['reading'],
    broken: fc.constantFrom('0', '-1', '1.5', 'one', '10000', '1e3', ' 1'),
  },
  { param: 'focus', mayLose: ['focus'], broken: notAnId },
  { param: 'depth', mayLose: ['depth'], broken: fc.constantFrom('0', '4', 'two', '1.0', '') },
  { param: 'outside', mayLose: ['outside'], broken: notAnId },
  { param: 'expand', mayLose: ['expanded'], broken: notAnId },
  {
    param: 'path',
    mayLose: ['path'],
    broken: fc.oneof(
      notAnId,
      fc.constantFrom('a', 'a,a', 'a,b,4', 'a,b,0', 'a,b,1,2', 'A,b', ',', 'a,,2'),
    ),
  },
  { param: 'layout', mayLose: ['layout'], broken: notAnId },
  { param: 'show', mayLose: ['show'], broken: fc.oneof(notAnId, fc.constantFrom('Table', '')) },
  { param: 'rollup', mayLose: ['rollup'], broken: fc.constantFrom('2', 'yes', 'true', '', ' 1') },
  {
    param: 'pins',
    mayLose: ['pins'],
    broken: fc.constantFrom(
      'a:1',
      'a:x:y',
      'a:1:2,a:3:4',
      'a:1.5:2',
      ':::',
      'a:1e3:2',
      Array.from({ length: MAX_PINS + 1 }, (_, i) => `p${i}:${i}:0`).join(','),
    ),
  },
  {
    param: 'groups',
    mayLose: ['grouping'],
    broken: fc.oneof(notAnId, fc.constantFrom('State', '')),
  },
  {
    param: 'open',
    mayLose: ['openGroups'],
    broken: fc.oneof(notAnId, fc.constantFrom('c3---x', '--official', 'c3--planet')),
  },
  { param: 'all', mayLose: ['drawAll'], broken: fc.constantFrom('2', 'yes', 'true', ' 1') },
  { param: 'ties', mayLose: ['allTies'], broken: fc.constantFrom('All', 'some', '1', ' all') },
  { param: 'lang', mayLose: ['lang'], broken: fc.constantFrom('de', 'EN', 'tr-TR', 'en ', '') },
  {
    param: 'zoom',
    mayLose: ['viewport'],
    broken: fc.constantFrom('0', '100', 'NaN', 'Infinity', '-1', 'x'),
  },
  {
    param: 'at',
    mayLose: ['viewport'],
    broken: fc.constantFrom('1', '1,2,3', 'a,b', '1e9,0', ','),
  },
];

/** Every parameter name a v=1 link may hold. */
export const VIEW_PARAMS = BREAKABLE.map((b) => b.param);

const linkOf = (params: URLSearchParams) => `?${params.toString()}`;

/** A valid view's link with one parameter replaced by a value it must refuse. */
function oneBroken(vocabulary: Vocabulary): fc.Arbitrary<FuzzedLink> {
  return fc.tuple(validView(vocabulary), fc.constantFrom(...BREAKABLE)).chain(([view, target]) =>
    target.broken.map((value): FuzzedLink => {
      const params = new URLSearchParams(encodeView(view));
      params.set(target.param, value);
      return {
        kind: 'one-broken',
        query: linkOf(params),
        expected: { view, mayLose: target.mayLose, reported: target.param },
      };
    }),
  );
}

/** A valid view's link with second values for some of its parameters: the first must win. */
function repeated(vocabulary: Vocabulary): fc.Arbitrary<FuzzedLink> {
  return fc
    .tuple(
      validView(vocabulary),
      fc.array(fc.tuple(fc.constantFrom(...VIEW_PARAMS), junk), { minLength: 1, maxLength: 4 }),
    )
    .map(([view, extras]) => {
      const params = new URLSearchParams(encodeView(view));
      // A repeated key counts only when the key is there first.
      for (const [param, value] of extras) params.append(param, value);
      const first = new Set(new URLSearchParams(encodeView(view)).keys());
      const reported = extras.find(([param]) => first.has(param))?.[0];
      return {
        kind: 'repeated',
        query: linkOf(params),
        expected: {
          view,
          // A parameter that was not there takes the appended value, valid or not; a
          // new `from` may also put `to` before it.
          mayLose: BREAKABLE.filter(
            (b) => !first.has(b.param) && extras.some(([p]) => p === b.param),
          ).flatMap((b) => (b.param === 'from' ? [...b.mayLose, 'to' as const] : b.mayLose)),
          ...(reported === undefined ? {} : { reported }),
        },
      };
    });
}

const PERCENT_GARBAGE = [
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '%C0%AF',
  '%FF%FE',
  '%2',
  '+',
  '&&',
  '=',
  '%26',
  '%3D',
  '%ED%A0%80',
];

/** A valid view's link with broken percent-encoding and separators spliced in. */
function percentGarbage(vocabulary: Vocabulary): fc.Arbitrary<FuzzedLink> {
  return fc
    .tuple(
      validView(vocabulary),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PERCENT_GARBAGE)), {
        minLength: 1,
        maxLength: 6,
      }),
    )
    .map(([view, splices]) => {
      let query = encodeView(view);
      for (const [at, garbage] of splices) {
        const i = at % (query.length + 1);
        query = query.slice(0, i) + garbage + query.slice(i);
      }
      return { kind: 'percent-garbage', query: `?${query}` };
    });
}

/** A valid view's link with one parameter of 100 KB. */
function huge(vocabulary: Vocabulary): fc.Arbitrary<FuzzedLink> {
  const value = fc.oneof(
    fc.constant('a'.repeat(HUGE_LENGTH)),
    fc.constant(Array.from({ length: HUGE_LENGTH / 8 }, (_, i) => `id-${i % 1000}`).join(',')),
    fc
      .string({ minLength: 1, maxLength: 20 })
      .map((unit) => unit.repeat(Math.ceil(HUGE_LENGTH / unit.length))),
  );
  return fc
    .tuple(validView(vocabulary), fc.constantFrom(...VIEW_PARAMS, 'utm_source'), value)
    .map(([view, param, text]) => {
      const params = new URLSearchParams(encodeView(view));
      params.delete(param);
      params.append(param, text);
      return { kind: 'huge', query: linkOf(params) };
    });
}

/** Parameters named like the view's, or not, with any values. */
const randomPairs: fc.Arbitrary<FuzzedLink> = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...VIEW_PARAMS), junk), junk), { maxLength: 8 })
  .map((pairs) => {
    const params = new URLSearchParams();
    for (const [key, value] of pairs) params.append(key, value);
    return { kind: 'random-pairs', query: linkOf(params) };
  });

/** Any text at all after the "?". */
const randomString: fc.Arbitrary<FuzzedLink> = fc
  .oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }))
  .map((text) => ({ kind: 'random-string', query: `?${text}` }));

/** Links of every kind, made from valid views of a dataset and broken in many ways. */
export function fuzzedLink(vocabulary: Vocabulary): fc.Arbitrary<FuzzedLink> {
  return fc.oneof(
    {
      weight: 2,
      arbitrary: validView(vocabulary).map((view): FuzzedLink => ({
        kind: 'valid',
        query: `?${encodeView(view)}`,
        expected: { view, mayLose: [] },
      })),
    },
    { weight: 5, arbitrary: oneBroken(vocabulary) },
    { weight: 2, arbitrary: repeated(vocabulary) },
    { weight: 2, arbitrary: percentGarbage(vocabulary) },
    { weight: 1, arbitrary: huge(vocabulary) },
    { weight: 1, arbitrary: randomPairs },
    { weight: 1, arbitrary: randomString },
  );
}

/**
 * The same links for the same seed: the list the browser runs open.
 * @example fuzzLinks(vocabularyOf(seed), { seed: 7, count: 100 }).length // 100
 */
export function fuzzLinks(
  vocabulary: Vocabulary,
  { seed, count }: { seed: number; count: number },
): FuzzedLink[] {
  return fc.sample(fuzzedLink(vocabulary), { seed, numRuns: count });
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What makes a value not a view the app can be in: an empty list when it is one.
 * @example viewStateProblems({ ...DEFAULT_VIEW, depth: 4 }) // ['depth: 4']
 */
export function viewStateProblems(view: ViewState): string[] {
  const problems: string[] = [];
  const check = (field: string, ok: boolean, value: unknown) => {
    // JSON.stringify gives undefined for undefined, whatever its type says.
    if (!ok)
      problems.push(`${field}: ${(JSON.stringify(value) as string | undefined)?.slice(0, 80)}`);
  };
  const isId = (v: unknown) => typeof v === 'string' && v.length <= 200 && ID.test(v);
  const isIdOrNull = (v: unknown) => v === null || isId(v);
  const isDateOrNull = (v: unknown) => v === null || isoDateSchema.safeParse(v).success;
  const isList = (v: unknown, ok: (item: unknown) => boolean) =>
    Array.isArray(v) && v.every(ok) && new Set(v).size === v.length;
  const keys = Object.keys(view).sort();
  check('keys', keys.join() === Object.keys(DEFAULT_VIEW).sort().join(), keys);
  check(
    'data',
    view.data === null ||
      (typeof view.data === 'string' && view.data.length > 0 && view.data.length <= 1000),
    view.data,
  );
  check(
    'dataVersion',
    view.dataVersion === null || /^[0-9a-f]{8,64}$/.test(view.dataVersion),
    view.dataVersion,
  );
  for (const field of ['lens', 'connectedTo', 'selected', 'focus'] as const)
    check(field, isIdOrNull(view[field]), view[field]);
  for (const field of ['entityKinds', 'stances', 'relationKinds', 'quadClasses'] as const) {
    const allowed: readonly unknown[] = ENUM_VALUES[field];
    check(
      field,
      view[field] === null || isList(view[field], (item) => allowed.includes(item)),
      view[field],
    );
  }
  check('articles', view.articles === null || isList(view.articles, isId), view.articles);
  check('from', isDateOrNull(view.from), view.from);
  check(
    'to',
    isDateOrNull(view.to) && !(view.to !== null && isBackwardRange(view.from, view.to)),
    view.to,
  );
  check('hideIsolated', typeof view.hideIsolated === 'boolean', view.hideIsolated);
  check('search', typeof view.search === 'string' && view.search.length <= 200, view.search);
  check(
    'reading',
    view.reading === null ||
      (Number.isInteger(view.reading) &&
        view.reading >= 1 &&
        view.reading <= 9999 &&
        view.selected !== null),
    view.reading,
  );
  check('depth', [1, 2, 3].includes(view.depth), view.depth);
  check('outside', (['dim', 'hide'] as unknown[]).includes(view.outside), view.outside);
  check('expanded', isList(view.expanded, isId), view.expanded);
  check('layout', (LAYOUTS as readonly unknown[]).includes(view.layout), view.layout);
  check(
    'viewport',
    view.viewport === null ||
      (view.viewport.zoom >= MIN_ZOOM &&
        view.viewport.zoom <= MAX_ZOOM &&
        Number.isFinite(view.viewport.x) &&
        Number.isFinite(view.viewport.y)),
    view.viewport,
  );
  check(
    'path',
    view.path === null ||
      (isId(view.path.from) &&
        isId(view.path.to) &&
        view.path.from !== view.path.to &&
        [1, 2, 3].includes(view.path.shown)),
    view.path,
  );
  check('show', (PRESENTATIONS as readonly unknown[]).includes(view.show), view.show);
  check('rollup', typeof view.rollup === 'boolean', view.rollup);
  check(
    'pins',
    Array.isArray(view.pins) &&
      view.pins.length <= MAX_PINS &&
      new Set(view.pins.map((pin) => pin.id)).size === view.pins.length &&
      view.pins.every((pin) => isId(pin.id) && Number.isInteger(pin.x) && Number.isInteger(pin.y)),
    view.pins,
  );
  check(
    'lang',
    view.lang === null || (NAME_LANGUAGES as readonly unknown[]).includes(view.lang),
    view.lang,
  );
  return problems;
}
