import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { seedDataset } from '../../testSupport/seedDataset.ts';
import { checkJsonStructure, MAX_JSON_DEPTH } from './checkJsonStructure.ts';
import { validate as hasDatasetShape } from './generated/validateDatasetShape.ts';
import { datasetShape, zodShape } from './validateDataset.ts';

type Json = Record<string | number, unknown>;

// Every place in a dataset, containers included, as a path from the top.
function pathsIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const inner = Array.isArray(value)
    ? value.flatMap((item, i) => pathsIn(item, [...path, i]))
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, item]) => pathsIn(item, [...path, key]))
      : [];
  return [path, ...inner];
}

const seed = seedDataset();
const seedPaths = pathsIn(seed).filter((path) => path.length > 0);

// Values that sit just inside or just outside what the format allows.
const edgeValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    ' padded',
    'padded ',
    'x',
    'en',
    'tr',
    'en-gb',
    'en-GB',
    'ko-Latn',
    'not a tag',
    '2024',
    '2024-02-29',
    '2023-02-29',
    '2024-13',
    '2024-00',
    'https://example.org/a',
    'javascript:alert(1)',
    'ftp://example.org',
    'Bad Id',
    'good-id',
    '04',
    '061',
    '21',
    'stated',
    'hedged',
    'meeting',
    'state',
    'meets',
    'holds-office',
    0,
    1,
    -1,
    1.5,
    2 ** 53,
    true,
    null,
    {},
    [],
    [1, 2],
    { en: 'Name' },
    { en: ' Name' },
    { date: null },
    { date: '2024-06' },
  ),
  fc.string({ maxLength: 6 }),
  fc.anything({ maxDepth: 2 }),
);

type Mutation =
  | { kind: 'replace'; path: (string | number)[]; value: unknown }
  | { kind: 'delete'; path: (string | number)[] }
  | { kind: 'add'; path: (string | number)[]; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    path: fc.constantFrom(...seedPaths),
    value: edgeValue,
  }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...seedPaths) }),
  fc.record({
    kind: fc.constant('add' as const),
    path: fc.constantFrom(...seedPaths),
    key: fc.constantFrom('en', 'tr', 'note', 'cue', 'gloss', 'extra', 'mutual', 'de-AT'),
    value: edgeValue,
  }),
);

function mutated(mutations: Mutation[]): unknown {
  const data = structuredClone(seed) as unknown as Json;
  for (const change of mutations) {
    let parent: unknown = data;
    for (const key of change.path.slice(0, -1)) parent = (parent as Json | undefined)?.[key];
    if (typeof parent !== 'object' || parent === null) continue;
    const last = change.path.at(-1)!;
    const target = parent as Json;
    if (change.kind === 'replace') target[last] = change.value;
    else if (change.kind === 'delete') {
      if (Array.isArray(target) && typeof last === 'number') target.splice(last, 1);
      else Reflect.deleteProperty(target, last);
    } else {
      const holder = target[last];
      if (typeof holder === 'object' && holder !== null && !Array.isArray(holder))
        (holder as Json)[change.key] = change.value;
    }
  }
  return data;
}

describe('the compiled shape check', () => {
  it('accepts the seed dataset without zod', () => {
    expect(hasDatasetShape(seedDataset())).toBe(true);
  });

  it('leaves to zod what zod would trim, so the dataset comes out trimmed', () => {
    const data = seedDataset();
    data.entities[0]!.name = { en: ` ${data.entities[0]!.name.en}` };
    expect(hasDatasetShape(data)).toBe(false);
    const shaped = datasetShape(data);
    expect(shaped.ok && shaped.dataset.entities[0]!.name.en).toBe(
      seedDataset().entities[0]!.name.en,
    );
  });

  // The fast path may refuse more than zod (zod then runs), never less, and what it
  // accepts zod returns unchanged: so the answer is always zod's.
  test.prop([fc.array(mutation, { minLength: 1, maxLength: 3 })], { numRuns: 300 })(
    'gives zod’s answer for any dataset near a valid one',
    (mutations) => {
      const data = mutated(mutations);
      const reference = zodShape(data);
      if (hasDatasetShape(data)) expect(reference).toEqual({ ok: true, dataset: data });
      expect(datasetShape(data)).toEqual(reference);
    },
    // Each run validates the seed dataset twice; two shared cores can be slow.
    30_000,
  );

  test.prop([fc.anything()])('agrees with zod on anything at all', (input) => {
    expect(datasetShape(input)).toEqual(zodShape(input));
  });
});

// The compiled check reads only what the schema names, so it never walks deeper than
// the format; checkJsonStructure then has nothing to find in what it accepts, and a
// valid dataset is spared its walk (validateDatasetFast runs it on refusal only).
describe('what the compiled check accepts has a clean structure', () => {
  const withMaps = {
    ...seedDataset(),
    positions: { russia: [0, 0] },
    communities: { russia: 1 },
  } as unknown as Json;
  const places = pathsIn(withMaps).filter((path) => path.length > 0);
  const deep = (depth: number, inner: unknown = 1): unknown =>
    depth === 0
      ? inner
      : depth % 2 === 0
        ? [deep(depth - 1, inner)]
        : { a: deep(depth - 1, inner) };

  it('accepts the seed with positions and communities', () => {
    expect(hasDatasetShape(withMaps)).toBe(true);
    expect(checkJsonStructure(withMaps)).toEqual([]);
  });

  test.prop(
    [
      fc.constantFrom(...[[], ...places]),
      fc.oneof(
        fc.record({ kind: fc.constant('proto' as const), value: edgeValue }),
        fc.record({ kind: fc.constant('deep' as const), depth: fc.integer({ min: 1, max: 40 }) }),
      ),
    ],
    { numRuns: 300 },
  )('refuses a __proto__ key or deep nesting anywhere', (path, change) => {
    const data = structuredClone(withMaps);
    let holder: unknown = data;
    for (const key of path) holder = (holder as Json)[key];
    if (change.kind === 'proto') {
      if (typeof holder !== 'object' || holder === null || Array.isArray(holder)) return;
      // As JSON.parse makes it: an own property, not the prototype.
      Object.defineProperty(holder, '__proto__', {
        value: change.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    } else {
      if (path.length === 0) return;
      let parent: unknown = data;
      for (const key of path.slice(0, -1)) parent = (parent as Json)[key];
      // The value at the place, wrapped in a nest.
      (parent as Json)[path.at(-1)!] = deep(change.depth + MAX_JSON_DEPTH - path.length, holder);
    }
    expect(checkJsonStructure(data)).not.toEqual([]);
    expect(hasDatasetShape(data)).toBe(false);
  });
});
