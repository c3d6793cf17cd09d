import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/datasetSchema.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { DEFAULT_VIEW } from '../view/viewState.ts';
import { viewTimeline } from './viewTimeline.ts';

const index = indexDataset(
  JSON.parse(
    readFileSync(new URL('../../../data/fictional-veld.json', import.meta.url), 'utf8'),
  ) as Dataset,
);

const counts = (view: typeof DEFAULT_VIEW) =>
  viewTimeline(index, view).buckets.map((b) => [b.start.slice(0, 7), b.meetings, b.relations]);

describe('viewTimeline', () => {
  it('is not narrowed by its own date range, so the bars outside a period stay', () => {
    const whole = counts(DEFAULT_VIEW);
    expect(whole).toEqual([
      ['2031-03', 1, 1],
      ['2031-04', 0, 1],
    ]);
    expect(counts({ ...DEFAULT_VIEW, from: '2031-04', to: '2031-04' })).toEqual(whole);
  });

  it('counts only what the other filters let through, on the same axis', () => {
    expect(
      counts({ ...DEFAULT_VIEW, entityKinds: ['state', 'official', 'bloc', 'topic'] }),
    ).toEqual([
      ['2031-03', 0, 1],
      ['2031-04', 0, 1],
    ]);
    expect(counts({ ...DEFAULT_VIEW, stances: ['conflict'] })).toEqual([
      ['2031-03', 1, 0],
      ['2031-04', 0, 1],
    ]);
  });

  it('ignores the focus, as the filter counts do', () => {
    const focused = { ...DEFAULT_VIEW, focus: 'port-alder-meeting', outside: 'hide' as const };
    expect(counts(focused)).toEqual(counts(DEFAULT_VIEW));
  });
});
