import { describe, expect, it } from 'vitest';
import { indexDataset } from '../domain/dataset/indexDataset.ts';
import { facetCounts } from '../domain/graph/facetCounts.ts';
import { viewTimeline } from '../domain/timeline/viewTimeline.ts';
import { DEFAULT_VIEW, type ViewState } from '../domain/view/viewState.ts';
import { seedDataset } from '../testSupport/seedDataset.ts';
import { visibleGraphOf } from './useVisibleGraph.ts';

describe('visibleGraphOf', () => {
  it('keeps the shown view’s result while the counts filter other views', () => {
    const index = indexDataset(seedDataset());
    const view: ViewState = {
      ...DEFAULT_VIEW,
      // Every facet set, so each count filters a view of its own.
      entityKinds: ['state', 'official', 'meeting'],
      stances: ['cooperation', 'structural'],
      relationKinds: ['supports', 'holds-office', 'takes-part-in'],
      quadClasses: ['verbal-cooperation', 'none'],
      articles: ['a1484f1563c4a089'],
      from: '2024',
    };
    const shown = visibleGraphOf(index, view);
    // After the first frame: the filter panel's counts (one filter per facet) and the
    // timeline's, each a view of its own.
    facetCounts(index, view);
    viewTimeline(index, view);
    // A selection or a pan re-renders with the same filters: the same object, so
    // nothing keyed on it runs again.
    expect(visibleGraphOf(index, { ...view, selected: 'russia' })).toBe(shown);
  });
});
