// @vitest-environment happy-dom
import { act } from 'react';
import { expect, it, vi } from 'vitest';
import { indexDataset, type DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { bundledDataset } from '../testSupport/bundledDataset.ts';
import { renderInDocument } from '../testSupport/renderInDocument.ts';
import { useFieldsAfterFirstPaint } from './useFieldsAfterPaint.ts';

// The dataset being explored, as the app's hook gives it, switched by the test.
const shown = vi.hoisted(() => ({
  index: null as DatasetIndex | null,
  listeners: new Set<() => void>(),
}));
vi.mock('../dataset/useDatasetIndex.ts', async () => {
  const { useSyncExternalStore } = await import('react');
  return {
    useDatasetIndex: () =>
      useSyncExternalStore(
        (listener) => {
          shown.listeners.add(listener);
          return () => shown.listeners.delete(listener);
        },
        () => shown.index,
      ),
  };
});

function show(index: DatasetIndex) {
  shown.index = index;
  for (const listener of shown.listeners) listener();
}

const seed = indexDataset(bundledDataset('lavrov-choe'));
const fictional = indexDataset(bundledDataset('fictional-veld'));

function Counts() {
  const fields = useFieldsAfterFirstPaint(['entityKinds']);
  return <p>{fields === null ? 'waiting' : fields.index.dataset.entities.length}</p>;
}

it('gives nothing while a dataset’s graph is made, then the fields once the page is idle', async () => {
  show(seed);
  const { container, unmount } = await renderInDocument(<Counts />);
  expect(container.textContent).toBe('waiting');
  await vi.waitFor(() => expect(container.textContent).toBe(String(seed.dataset.entities.length)));
  // Another dataset waits again, and is never paired with the last one's fields.
  await act(async () => {
    show(fictional);
    await Promise.resolve();
  });
  expect(container.textContent).toBe('waiting');
  await vi.waitFor(() =>
    expect(container.textContent).toBe(String(fictional.dataset.entities.length)),
  );
  await unmount();
});
