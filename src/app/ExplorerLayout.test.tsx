// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { datasetQueryOptions, manifestQueryOptions } from '../dataset/datasetQueryOptions.ts';
import { readDatasetText } from '../dataset/readDatasetText.ts';
import type { Manifest } from '../domain/dataset/manifestSchema.ts';
import type { GraphActivity } from '../domain/view/graphActivity.ts';
import { DEFAULT_VIEW } from '../domain/view/viewState.ts';
import { useViewStore } from '../store/useViewStore.ts';
import { renderInDocument } from '../testSupport/renderInDocument.ts';
import { seedDatasetText } from '../testSupport/seedDataset.ts';
import { ExplorerLayout } from './ExplorerLayout.tsx';

// happy-dom has no canvas to draw the graph on; the legend stands in for a panel
// with a bug that one selection trips.
// The stand-in keeps what the layout hands it to report its activity, for the test
// to speak as the graph view would.
const graphViewProps = vi.hoisted(() => ({
  current: null as null | { onActivityChange?: (activity: GraphActivity) => void },
}));
vi.mock('../graph-view/GraphView.tsx', () => ({
  GraphView: (props: { onActivityChange?: (activity: GraphActivity) => void }) => {
    graphViewProps.current = props;
    return <p>The graph is drawn here.</p>;
  },
}));
vi.mock('../features/legend/Legend.tsx', async () => {
  const { useViewStore } = await import('../store/useViewStore.ts');
  return {
    Legend: () => {
      if (useViewStore((s) => s.view.selected) === 'russia') throw new Error('a bug in the legend');
      return <p>Legend</p>;
    },
  };
});

// Counts the filter panel's option groups as they render (each renders as before).
const facetRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../features/filters/FacetGroup.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof import('../features/filters/FacetGroup.tsx')>();
  return {
    FacetGroup: (props: Parameters<typeof real.FacetGroup>[0]) => {
      facetRenders.count += 1;
      return real.FacetGroup(props);
    },
  };
});

afterEach(() => {
  vi.restoreAllMocks();
  useViewStore.setState({ view: DEFAULT_VIEW });
});

async function renderSeedExplorer() {
  const source = { type: 'bundled', id: 'lavrov-choe' } as const;
  const client = new QueryClient();
  client.setQueryData(
    manifestQueryOptions().queryKey,
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../data/datasets.json'), 'utf8'),
    ) as Manifest,
  );
  client.setQueryData(
    datasetQueryOptions(source, () => Promise.reject(new Error('not fetched in tests'))).queryKey,
    await readDatasetText(seedDatasetText(), source, 'the seed dataset'),
  );
  return renderInDocument(
    <QueryClientProvider client={client}>
      <ExplorerLayout />
    </QueryClientProvider>,
  );
}

it('a failing panel says so and offers "Reset view", which restores the default view on the same dataset', async () => {
  // React reports the errors that a boundary caught; here they are expected.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  useViewStore.setState({
    view: { ...DEFAULT_VIEW, data: 'lavrov-choe', lens: 'ru-kp-ties', selected: 'russia' },
  });
  const { container, unmount } = await renderSeedExplorer();
  const alerts = () => [...container.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
  expect(alerts()).toEqual([
    expect.stringContaining('The legend could not be shown: a bug in the legend'),
  ]);
  // The other panels carry on.
  expect(container.textContent).toContain('The graph is drawn here.');
  expect(container.querySelector('nav[aria-label="Entities"]')?.textContent).toContain(
    'Sergey Lavrov',
  );

  const reset = [...container.querySelectorAll('button')].find(
    (b) => b.textContent === 'Reset view',
  );
  await act(async () => {
    reset!.click();
    await Promise.resolve();
  });
  expect(useViewStore.getState().view).toEqual({ ...DEFAULT_VIEW, data: 'lavrov-choe' });
  expect(alerts()).toEqual([]);
  expect(container.textContent).toContain('Legend');
  expect(container.querySelector('nav[aria-label="Entities"]')?.textContent).toContain(
    'Sergey Lavrov',
  );
  await unmount();
});

it('the status line says what is being laid out or drawn, and counts what is shown once it is drawn', async () => {
  useViewStore.setState({ view: { ...DEFAULT_VIEW, data: 'lavrov-choe' } });
  const { container, unmount } = await renderSeedExplorer();
  const status = () => container.querySelector('[role="status"].status-line')?.textContent;
  expect(status()).toBe('10 entities · 14 relations shown');
  const report = async (activity: GraphActivity) => {
    await act(async () => {
      graphViewProps.current?.onActivityChange?.(activity);
      await Promise.resolve();
    });
  };
  await report({ step: 'layout', entities: 1000 });
  expect(status()).toBe('Laying out 1,000 entities…');
  await report({ step: 'drawing', entities: 1000 });
  expect(status()).toBe('Drawing 1,000 entities…');
  await report(null);
  expect(status()).toBe('10 entities · 14 relations shown');
  await unmount();
});

it('a selection re-renders the details, not the filter panel; a filter re-renders it', async () => {
  useViewStore.setState({ view: { ...DEFAULT_VIEW, data: 'lavrov-choe' } });
  const { container, unmount } = await renderSeedExplorer();
  const details = () => container.querySelector('aside[aria-label="Details"] h2')?.textContent;
  expect(facetRenders.count).toBeGreaterThan(0);
  // The first counts come once the page is idle after the graph; then the panel rests.
  await vi.waitFor(() => expect(container.querySelector('.facet-count')).not.toBeNull());
  facetRenders.count = 0;
  await act(async () => {
    useViewStore.getState().select('russia');
    await Promise.resolve();
  });
  expect(details()).toContain('Russia');
  expect(facetRenders.count).toBe(0);

  await act(async () => {
    useViewStore.getState().toggleEntityKind('official');
    await Promise.resolve();
  });
  expect(facetRenders.count).toBeGreaterThan(0);
  await unmount();
});
