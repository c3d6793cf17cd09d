import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain/dataset/indexDataset.ts';
import { reconcileView } from '../../src/domain/view/reconcileView.ts';
import { decodeView } from '../../src/domain/view/viewCodec.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/domain/view/viewState.ts';
import { seedDataset } from '../../src/testSupport/seedDataset.ts';
import { sourceOfDataParam } from '../../src/dataset/datasetSource.ts';
import {
  DATA_PARAMS_TO_REFUSE,
  FUZZ_KINDS,
  fuzzedLink,
  fuzzLinks,
  HUGE_LENGTH,
  viewStateProblems,
  vocabularyOf,
  type FuzzedLink,
} from './fuzzLinks.ts';

const seed = seedDataset();
const index = indexDataset(seed);
const vocabulary = vocabularyOf(seed);

/** The fields of a view that a correct reading of the link must keep. */
function kept(view: ViewState, mayLose: readonly (keyof ViewState)[]): Partial<ViewState> {
  return Object.fromEntries(
    Object.entries(view).filter(([field]) => !mayLose.includes(field as keyof ViewState)),
  );
}

/** Opens a link as the app does: read the query, then drop what the dataset lacks. */
function openLink(link: FuzzedLink) {
  const decoded = decodeView(link.query);
  const reconciled = reconcileView(decoded.view, index);
  return { decoded, reconciled };
}

// The origin the browser tests serve the app from (playwright.config.ts).
const PAGE_ORIGIN = 'http://127.0.0.1:4781';
const ALLOWED_ORIGINS = ['https://data.example.org'];

/** Where the app would fetch a link's dataset from: only http(s), never with credentials. */
function checkDataSource(data: string | null): void {
  if (data === null) return;
  const read = sourceOfDataParam(data, PAGE_ORIGIN, ALLOWED_ORIGINS);
  if ('refused' in read || read.source.type !== 'url') return;
  const url = new URL(read.source.url);
  expect(url.origin === PAGE_ORIGIN || ALLOWED_ORIGINS.includes(url.origin)).toBe(true);
  expect(['http:', 'https:']).toContain(url.protocol);
  expect(url.username + url.password).toBe('');
}

/** The properties every fuzzed link must have; throws (fails the test) otherwise. */
function checkLink(link: FuzzedLink): void {
  const { decoded, reconciled } = openLink(link);
  expect(viewStateProblems(decoded.view)).toEqual([]);
  expect(viewStateProblems(reconciled.view)).toEqual([]);
  checkDataSource(decoded.view.data);
  if (link.expected === undefined) return;
  const { view, mayLose, reported } = link.expected;
  // What was valid in the link survives reading it, and then the dataset's check.
  expect(decoded.view).toMatchObject(kept(view, mayLose));
  expect(reconciled.view).toMatchObject(kept(reconcileView(view, index).view, mayLose));
  if (reported !== undefined) {
    // The analyst is told what was dropped ("zoom, at" names both camera parameters).
    expect(decoded.ignored.map((i) => i.param.split(', ')).flat()).toContain(reported);
  }
}

// Thousands of links, some of 100 KB: seconds alone, longer on a busy machine.
describe('fuzzed links', { timeout: 60_000 }, () => {
  test.prop([fuzzedLink(vocabulary)], { numRuns: 3000 })(
    'never break the codec or view restoration, and keep what was valid',
    checkLink,
  );

  it('the links the browser runs open pass the same checks', () => {
    for (const link of fuzzLinks(vocabulary, { seed: 1, count: 500 })) checkLink(link);
  });

  it('are the same for the same seed, and differ for another', () => {
    const queries = (s: number) =>
      fuzzLinks(vocabulary, { seed: s, count: 20 }).map((l) => l.query);
    expect(queries(7)).toEqual(queries(7));
    expect(queries(8)).not.toEqual(queries(7));
  });

  it('cover every kind of damage within the first hundred links', () => {
    const links = fuzzLinks(vocabulary, { seed: 1, count: 100 });
    expect(new Set(links.map((l) => l.kind))).toEqual(new Set(FUZZ_KINDS));
    expect(links.some((l) => l.query.length > HUGE_LENGTH)).toBe(true);
  });

  test.prop([fuzzedLink(vocabulary)], { numRuns: 300 })(
    'valid links of the dataset restore exactly, with nothing reported',
    (link) => {
      fc.pre(link.kind === 'valid');
      const { decoded } = openLink(link);
      expect(decoded.ignored).toEqual([]);
      expect(decoded.view).toEqual(link.expected?.view);
    },
  );
});

describe('?data= values in fuzzed links', () => {
  it('are refused before any fetch, but for an id nothing bundles and a same-origin path', () => {
    const fetched = DATA_PARAMS_TO_REFUSE.filter(
      (value) => !('refused' in sourceOfDataParam(value, PAGE_ORIGIN, ALLOWED_ORIGINS)),
    );
    expect(fetched).toEqual(['no-such-dataset', '/no-such-dataset.json']);
  });

  it('reach the browser run: the first hundred links hold some', () => {
    const data = fuzzLinks(vocabulary, { seed: 1, count: 100 }).map(
      (link) => new URLSearchParams(link.query).get('data') ?? '',
    );
    expect(
      data.filter((value) => value.includes(':') || value.startsWith('/')).length,
    ).toBeGreaterThan(0);
  });
});

describe('viewStateProblems', () => {
  it('accepts the default view and names what is wrong with a broken one', () => {
    expect(viewStateProblems(DEFAULT_VIEW)).toEqual([]);
    expect(
      viewStateProblems({
        ...DEFAULT_VIEW,
        lens: 'Not An Id',
        reading: 2,
        depth: 4 as 1,
        viewport: { zoom: 0, x: 0, y: 0 },
      }),
    ).toEqual(['lens: "Not An Id"', 'reading: 2', 'depth: 4', 'viewport: {"zoom":0,"x":0,"y":0}']);
  });
});
