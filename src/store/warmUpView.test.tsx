// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, expect, it, vi } from 'vitest';
import { generateSyntheticDataset } from '../../scripts/synth/generateSyntheticDataset.ts';
import { datasetQueryOptions } from '../dataset/datasetQueryOptions.ts';
import { indexDataset } from '../domain/dataset/indexDataset.ts';
import { DEFAULT_VIEW } from '../domain/view/viewState.ts';
import { renderInDocument } from '../testSupport/renderInDocument.ts';
import { useOverview } from './useOverview.ts';
import { useTimeline } from './useTimeline.ts';
import { useViewStore } from './useViewStore.ts';
import { useVisibleGraph } from './useVisibleGraph.ts';
import { warmUpView } from './warmUpView.ts';

// What each derivation costs, counted: warming up is worth it only if the first
// render then computes none of them again.
const made = vi.hoisted(() => ({ filter: vi.fn(), group: vi.fn(), timeline: vi.fn() }));
vi.mock('../domain/graph/filterGraph.ts', async (original) => {
  const real = await original<typeof import('../domain/graph/filterGraph.ts')>();
  made.filter.mockImplementation(real.filterGraph);
  return { ...real, filterGraph: made.filter };
});
vi.mock('../domain/overview/groupGraph.ts', async (original) => {
  const real = await original<typeof import('../domain/overview/groupGraph.ts')>();
  made.group.mockImplementation(real.groupGraph);
  return { ...real, groupGraph: made.group };
});
vi.mock('../domain/timeline/viewTimeline.ts', async (original) => {
  const real = await original<typeof import('../domain/timeline/viewTimeline.ts')>();
  made.timeline.mockImplementation(real.viewTimeline);
  return { ...real, viewTimeline: made.timeline };
});

afterEach(() => {
  useViewStore.setState({ view: DEFAULT_VIEW });
  document.body.replaceChildren();
});

// Synthetic (fictional names): large enough that the graph shows an overview of groups.
const index = indexDataset(generateSyntheticDataset(900, 5));

/** Renders what the explorer's first render asks of the store, on `index`. */
async function firstRender() {
  const source = { type: 'bundled', id: 'lavrov-choe' } as const;
  const client = new QueryClient();
  client.setQueryData(
    datasetQueryOptions(source, () => Promise.reject(new Error('not fetched in tests'))).queryKey,
    { source, version: 'v', index, warnings: [] },
  );
  const seen: { groups?: number } = {};
  function FirstRender() {
    useVisibleGraph();
    useTimeline();
    seen.groups = useOverview()?.graph.groups.length;
    return null;
  }
  await renderInDocument(
    <QueryClientProvider client={client}>
      <FirstRender />
    </QueryClientProvider>,
  );
  return seen;
}

it('derives before the first render what that render then reads, and nothing twice', async () => {
  // A filter that leaves an overview too large to open every group at once.
  useViewStore.setState({
    view: { ...DEFAULT_VIEW, entityKinds: ['state', 'official', 'meeting', 'topic'] },
  });
  for (const step of warmUpView(index)) step();
  // The view shown, and those the overview's placing and the timeline filter.
  const calls = () => [made.filter, made.group, made.timeline].map((f) => f.mock.calls.length);
  const warmedUp = calls();
  expect(warmedUp.every((count) => count > 0)).toBe(true);

  const seen = await firstRender();
  expect(seen.groups).toBeGreaterThan(1);
  expect(calls()).toEqual(warmedUp);
});
