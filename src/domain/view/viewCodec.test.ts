import { RELIABILITY_THRESHOLDS } from '../evidence/sourceGrade.ts';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { GROUPINGS } from '../overview/assignGroups.ts';
import { tieId } from '../graph/rollUp.ts';
import { RELATION_KIND_IDS } from '../relations/relationKinds.ts';
import { decodePins, decodeView, encodePins, encodeView } from './viewCodec.ts';
import {
  APP_MODES,
  DEFAULT_VIEW,
  ENUM_VALUES,
  LAYOUTS,
  MAX_PINS,
  NAME_LANGUAGES,
  FOLDABLE_PANELS,
  RENDERERS,
  PRESENTATIONS,
  type ViewState,
} from './viewState.ts';

const id = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));
const ids = fc.uniqueArray(id, { maxLength: 6 });
const subset = <T>(values: readonly T[]) => fc.option(fc.subarray([...values]), { nil: null });
const coordinate = fc.integer({ min: -1e6, max: 1e6 });
const pins = fc.uniqueArray(fc.record({ id, x: coordinate, y: coordinate }), {
  selector: (pin) => pin.id,
  maxLength: 6,
});
const rolledTieId = fc
  .tuple(
    id,
    id,
    fc.constantFrom('meeting' as const, ...RELATION_KIND_IDS),
    fc.constantFrom('none' as const, 'forward' as const, 'both' as const),
  )
  .map(([a, b, kind, arrows]) => tieId(a, b, kind, arrows));
const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .chain((d) => {
    const iso = d.toISOString().slice(0, 10);
    return fc.constantFrom(iso.slice(0, 4), iso.slice(0, 7), iso);
  });

/** A period: two dates in order (string order puts a date before any finer one inside it). */
const period = fc
  .tuple(isoDate, isoDate)
  .map(([x, y]) => (x <= y ? { from: x, to: y } : { from: y, to: x }));

/** Any view the app can be in. Numbers carry the precision links keep. */
const validView: fc.Arbitrary<ViewState> = fc
  .record({
    data: fc.option(id, { nil: null }),
    dataVersion: fc.option(fc.stringMatching(/^[0-9a-f]{8,16}$/), { nil: null }),
    lens: fc.option(id, { nil: null }),
    entityKinds: subset(ENUM_VALUES.entityKinds),
    stances: subset(ENUM_VALUES.stances),
    relationKinds: subset(ENUM_VALUES.relationKinds),
    quadClasses: subset(ENUM_VALUES.quadClasses),
    articles: fc.option(ids, { nil: null }),
    from: fc.option(isoDate, { nil: null }),
    to: fc.option(isoDate, { nil: null }),
    connectedTo: fc.option(id, { nil: null }),
    hideIsolated: fc.boolean(),
    excerptsOnly: fc.boolean(),
    reliability: fc.option(fc.constantFrom(...RELIABILITY_THRESHOLDS), { nil: null }),
    search: fc.string({ unit: 'grapheme', maxLength: 40 }),
    selected: fc.option(fc.oneof(id, rolledTieId), { nil: null }),
    reading: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
    focus: fc.option(id, { nil: null }),
    depth: fc.constantFrom(1 as const, 2 as const, 3 as const),
    outside: fc.constantFrom('dim' as const, 'hide' as const),
    expanded: ids,
    path: fc.option(
      fc
        .record({ from: id, to: id, shown: fc.constantFrom(1 as const, 2 as const, 3 as const) })
        .filter((path) => path.from !== path.to),
      { nil: null },
    ),
    layout: fc.constantFrom(...LAYOUTS),
    show: fc.constantFrom(...PRESENTATIONS),
    rollup: fc.boolean(),
    folded: fc.subarray([...FOLDABLE_PANELS]),
    pins,
    compare: fc.option(
      fc.record({ a: period, b: period, threshold: fc.integer({ min: 0, max: 999 }) }),
      { nil: null },
    ),
    viewport: fc.option(
      fc.record({
        zoom: fc.integer({ min: 50, max: 6000 }).map((n) => n / 1000),
        x: fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 10),
        y: fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 10),
      }),
      { nil: null },
    ),
    grouping: fc.option(fc.constantFrom(...GROUPINGS), { nil: null }),
    openGroups: ids,
    drawAll: fc.boolean(),
    allTies: fc.boolean(),
    lang: fc.option(fc.constantFrom(...NAME_LANGUAGES), { nil: null }),
    mode: fc.constantFrom(...APP_MODES),
    draft: fc.option(id, { nil: null }),
    article: fc.option(id, { nil: null }),
    renderer: fc.option(fc.constantFrom(...RENDERERS), { nil: null }),
  })
  .map((view) => ({
    ...view,
    // A range ends after it begins.
    ...(view.from !== null && view.to !== null && view.to < view.from
      ? { from: view.to, to: view.from }
      : {}),
    // Links carry what the app can show: reading needs a selection; depth and
    // outside mean something only with a focus.
    reading: view.selected === null ? null : view.reading,
    depth: view.focus === null ? DEFAULT_VIEW.depth : view.depth,
    outside: view.focus === null ? DEFAULT_VIEW.outside : view.outside,
    // The draft and its article belong to Annotate.
    draft: view.mode === 'annotate' ? view.draft : null,
    article: view.mode === 'annotate' ? view.article : null,
  }));

describe('the view codec', () => {
  it('writes Annotate with its draft and article, and leaves them out of an explorer link', () => {
    const annotate = {
      ...DEFAULT_VIEW,
      mode: 'annotate' as const,
      draft: 'draft-x1',
      article: 'note',
    };
    expect(encodeView(annotate)).toBe('v=1&mode=annotate&draft=draft-x1&art=note');
    expect(encodeView({ ...annotate, mode: 'explore' })).toBe('v=1');
  });

  test.prop([validView], { numRuns: 2000 })(
    'reads back every view it writes',
    (view) => {
      const { view: decoded, ignored } = decodeView(encodeView(view));
      expect(ignored).toEqual([]);
      expect(decoded).toEqual(view);
      // 2,000 views of a dozen parameters each take seconds on a busy 2-core machine.
    },
    30_000,
  );

  test.prop([fc.string({ unit: 'binary' })], { numRuns: 2000 })(
    'never throws on any string',
    (text) => {
      expect(() => decodeView(text)).not.toThrow();
    },
  );

  test.prop([
    validView,
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom(
      'kinds',
      'sel',
      'zoom',
      'at',
      'depth',
      'from',
      'lang',
      'v',
      'read',
      'dv',
      'path',
      'rollup',
      'fold',
      'pins',
    ),
  ])('keeps the rest of a view when one parameter is broken', (view, junk, param) => {
    const params = new URLSearchParams(encodeView(view));
    params.set(param, junk);
    const { view: decoded } = decodeView(params.toString());
    expect(decoded.lens).toBe(view.lens);
    expect(decoded.search).toBe(view.search);
  });

  it('writes readable links and leaves defaults out', () => {
    expect(
      encodeView({
        ...DEFAULT_VIEW,
        lens: 'ru-kp-ties',
        entityKinds: ['state', 'official'],
        selected: 'sergey-lavrov',
      }),
    ).toBe('v=1&lens=ru-kp-ties&kinds=state,official&sel=sergey-lavrov');
    expect(encodeView(DEFAULT_VIEW)).toBe('v=1');
  });

  it('writes roll-up, a rolled-up tie and pins readably', () => {
    const link = encodeView({
      ...DEFAULT_VIEW,
      selected: 'rollup:north-korea|russia|meeting',
      rollup: true,
      pins: [
        { id: 'russia', x: 120.4, y: -40.6 },
        { id: 'north-korea', x: 0, y: 3 },
      ],
    });
    expect(link).toBe(
      'v=1&sel=rollup:north-korea|russia|meeting&rollup=1&pins=russia:120:-41,north-korea:0:3',
    );
    expect(decodeView(link).view).toMatchObject({
      selected: 'rollup:north-korea|russia|meeting',
      rollup: true,
      pins: [
        { id: 'russia', x: 120, y: -41 },
        { id: 'north-korea', x: 0, y: 3 },
      ],
    });
  });

  it('keeps the good pins of a link and names the others', () => {
    const { view, ignored } = decodeView('pins=russia:1:2,mars:1,russia:5:5,north-korea:-7:0');
    expect(view.pins).toEqual([
      { id: 'russia', x: 1, y: 2 },
      { id: 'north-korea', x: -7, y: 0 },
    ]);
    expect(ignored).toEqual([
      { param: 'pins', value: 'mars:1', reason: { code: 'not-a-pin' } },
      { param: 'pins', value: 'russia:5:5', reason: { code: 'second-pin' } },
    ]);
    expect(decodeView('rollup=yes').ignored).toHaveLength(1);
  });

  it(`keeps at most ${MAX_PINS} pins from a link`, () => {
    const many = Array.from({ length: MAX_PINS + 50 }, (_, i) => `e${i}:${i}:0`).join(',');
    const { view, ignored } = decodeView(`pins=${many}`);
    expect(view.pins).toHaveLength(MAX_PINS);
    expect(ignored).toEqual([
      { param: 'pins', value: '50', reason: { code: 'too-many-pins', max: MAX_PINS } },
    ]);
  });

  test.prop([
    fc.uniqueArray(
      fc.record({
        id,
        x: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        y: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      }),
      { selector: (pin) => pin.id, maxLength: 8 },
    ),
  ])('reads pins back to the whole unit', (written) => {
    const { pins: read, ignored } = decodePins(encodePins(written));
    expect(ignored).toEqual([]);
    expect(read.map((pin) => pin.id)).toEqual(written.map((pin) => pin.id));
    read.forEach((pin, i) => {
      expect(Math.abs(pin.x - written[i]!.x)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(pin.y - written[i]!.y)).toBeLessThanOrEqual(0.5);
    });
  });

  it('encodes Turkish search text and reads it back', () => {
    const link = encodeView({ ...DEFAULT_VIEW, search: 'Dışişleri Bakanı' });
    expect(decodeView(link).view.search).toBe('Dışişleri Bakanı');
  });

  it('names what it ignored, and why', () => {
    const { view, ignored } = decodeView(
      '?kinds=state,planet&sel=<script>&depth=9&zoom=abc&utm_source=x',
    );
    expect(view.entityKinds).toEqual(['state']);
    expect(view.selected).toBeNull();
    expect(ignored.map((i) => `${i.param}=${i.value}`)).toEqual([
      'utm_source=x',
      'kinds=planet',
      'sel=<script>',
      'depth=9',
      'zoom, at=abc',
    ]);
    expect(ignored.map((i) => i.reason.code)).toEqual([
      'not-a-view-parameter',
      'not-one-of',
      'not-an-id',
      'not-one-of',
      'not-a-viewport',
    ]);
  });

  it('reads a forced renderer, and ignores one it does not know', () => {
    expect(decodeView('renderer=webgl').view.renderer).toBe('webgl');
    expect(decodeView('renderer=canvas').view.renderer).toBe('canvas');
    const { view, ignored } = decodeView('renderer=vulkan');
    expect(view.renderer).toBeNull();
    expect(ignored.map((i) => i.reason.code)).toEqual(['not-one-of']);
    expect(encodeView({ ...DEFAULT_VIEW, renderer: 'webgl' })).toBe('v=1&renderer=webgl');
  });

  it('uses the first of repeated parameters', () => {
    const { view, ignored } = decodeView('sel=russia&sel=north-korea');
    expect(view.selected).toBe('russia');
    expect(ignored).toEqual([{ param: 'sel', value: 'north-korea', reason: { code: 'repeated' } }]);
  });

  it('reads an empty list as a filter that lets nothing through', () => {
    expect(decodeView('kinds=').view.entityKinds).toEqual([]);
  });

  it('reads a list whose every item is ignored as no filter at all', () => {
    expect(decodeView('kinds=planet&stances=Conflict&articles=%3Cx%3E').view).toMatchObject({
      entityKinds: null,
      stances: null,
      articles: null,
    });
  });

  it('ignores a date range that ends before it begins', () => {
    const { view, ignored } = decodeView('from=2031-05&to=2031-02');
    expect([view.from, view.to]).toEqual(['2031-05', null]);
    expect(ignored).toEqual([
      { param: 'to', value: '2031-02', reason: { code: 'before-from', from: '2031-05' } },
    ]);
    expect(decodeView('from=2031-05&to=2031').view.to).toBe('2031');
  });

  it('refuses a zoom the graph cannot show', () => {
    expect(decodeView('zoom=50&at=0,0').view.viewport).toBeNull();
    expect(decodeView('zoom=6&at=0,0').view.viewport).toEqual({ zoom: 6, x: 0, y: 0 });
  });

  it('writes the paths asked for as their two ends, and the path shown when not the first', () => {
    const path = { from: 'sergey-lavrov', to: 'choe-son-hui', shown: 1 as const };
    expect(encodeView({ ...DEFAULT_VIEW, path })).toBe('v=1&path=sergey-lavrov,choe-son-hui');
    expect(encodeView({ ...DEFAULT_VIEW, path: { ...path, shown: 2 } })).toBe(
      'v=1&path=sergey-lavrov,choe-son-hui,2',
    );
    expect(decodeView('path=sergey-lavrov,choe-son-hui,3').view.path).toEqual({
      ...path,
      shown: 3,
    });
  });

  it('ignores paths it cannot read, and says why', () => {
    for (const [query, reason] of [
      ['path=russia', { code: 'not-a-path' }],
      ['path=russia,north-korea,4', { code: 'not-a-path' }],
      ['path=russia,North-Korea', { code: 'not-a-path' }],
      ['path=russia,north-korea,1,2', { code: 'not-a-path' }],
      ['path=russia,russia', { code: 'same-ends' }],
    ] as const) {
      const { view, ignored } = decodeView(query);
      expect(view.path, query).toBeNull();
      expect(ignored, query).toEqual([{ param: 'path', value: query.slice(5), reason }]);
    }
  });

  it('writes two compared periods readably, and the threshold only when set', () => {
    const compare = {
      a: { from: '2031-03', to: '2031-03' },
      b: { from: '2031-04', to: '2031-06-30' },
      threshold: 0,
    };
    expect(encodeView({ ...DEFAULT_VIEW, compare })).toBe(
      'v=1&compare=2031-03..2031-03,2031-04..2031-06-30',
    );
    expect(encodeView({ ...DEFAULT_VIEW, compare: { ...compare, threshold: 2 } })).toBe(
      'v=1&compare=2031-03..2031-03,2031-04..2031-06-30&delta=2',
    );
    // One date is a period running through it.
    expect(decodeView('compare=2030,2031&delta=3').view.compare).toEqual({
      a: { from: '2030', to: '2030' },
      b: { from: '2031', to: '2031' },
      threshold: 3,
    });
  });

  it('ignores compared periods it cannot read, and says why', () => {
    for (const [query, param, value, reason] of [
      ['compare=2031', 'compare', '2031', { code: 'not-two-periods' }],
      [
        'compare=2031-05..2031-02,2031',
        'compare',
        '2031-05..2031-02,2031',
        { code: 'not-two-periods' },
      ],
      ['compare=2031..x,2032', 'compare', '2031..x,2032', { code: 'not-two-periods' }],
      ['compare=2031,2032,2033', 'compare', '2031,2032,2033', { code: 'not-two-periods' }],
      ['delta=2', 'delta', '2', { code: 'nothing-compared' }],
    ] as const) {
      const { view, ignored } = decodeView(query);
      expect(view.compare, query).toBeNull();
      expect(ignored, query).toEqual([{ param, value, reason }]);
    }
    const { view, ignored } = decodeView('compare=2030,2031&delta=-1');
    expect(view.compare?.threshold).toBe(0);
    expect(ignored).toEqual([{ param: 'delta', value: '-1', reason: { code: 'not-a-threshold' } }]);
  });

  it('survives huge parameters', () => {
    const huge = 'a'.repeat(100_000);
    const { view } = decodeView(`q=${huge}&sel=${huge}&expand=${Array(2000).fill('x').join(',')}`);
    expect(view.search).toBe('');
    expect(view.selected).toBeNull();
    expect(view.expanded).toEqual(['x']);
  });
});

describe('folded panels', () => {
  it('are written in one order and read back, unknown panels named and ignored', () => {
    expect(encodeView({ ...DEFAULT_VIEW, folded: ['filters', 'legend'] })).toBe(
      'v=1&fold=filters,legend',
    );
    const { view, ignored } = decodeView('v=1&fold=legend,sidebar,filters,legend');
    expect(view.folded).toEqual(['filters', 'legend']);
    expect(ignored).toEqual([expect.objectContaining({ param: 'fold', value: 'sidebar' })]);
  });
});

describe('the overview in a link', () => {
  it('reads the grouping, the open groups and the full drawing', () => {
    const { view, ignored } = decodeView('?groups=community&open=c3,c12&all=1');
    expect(view.grouping).toBe('community');
    expect(view.openGroups).toEqual(['c3', 'c12']);
    expect(view.drawAll).toBe(true);
    expect(ignored).toEqual([]);
    expect(encodeView(view)).toBe('v=1&groups=community&open=c3,c12&all=1');
  });

  it('carries every tie of the overview as ties=all, and the default as nothing', () => {
    const { view, ignored } = decodeView('?ties=all');
    expect(view.allTies).toBe(true);
    expect(ignored).toEqual([]);
    expect(encodeView(view)).toBe('v=1&ties=all');
    expect(decodeView('?ties=strongest').view.allTies).toBe(false);
    expect(encodeView(decodeView('?ties=strongest').view)).toBe('v=1');
    const odd = decodeView('?ties=some');
    expect(odd.view.allTies).toBe(false);
    expect(odd.ignored.map((i) => i.param)).toEqual(['ties']);
  });

  it('reads the parts of open groups, and ignores what is no group key', () => {
    const { view, ignored } = decodeView(
      '?open=c3,c3--official,norland--meeting,c3---x,--official,c3--planet',
    );
    expect(view.openGroups).toEqual(['c3', 'c3--official', 'norland--meeting']);
    expect(ignored.map((i) => [i.value, i.reason.code])).toEqual([
      ['c3---x', 'not-an-id'],
      ['--official', 'not-an-id'],
      ['c3--planet', 'not-an-id'],
    ]);
    expect(encodeView(view)).toBe('v=1&open=c3,c3--official,norland--meeting');
  });

  it('ignores a grouping it does not know, and says so', () => {
    const { view, ignored } = decodeView('?groups=planet');
    expect(view.grouping).toBeNull();
    expect(ignored[0]).toMatchObject({ param: 'groups', reason: { code: 'not-one-of' } });
  });
});
