import { expect, it } from 'vitest';
import { FakeWorker, fakeWorkersInEachTest } from '../testSupport/FakeWorker.ts';
import { layoutInWorker } from './layoutInWorker.ts';

const graph = { nodes: [['a', 'state']], edges: [] } as unknown as Parameters<
  typeof layoutInWorker
>[0];

fakeWorkersInEachTest();

it('ends the worker once it has answered', async () => {
  const placed = layoutInWorker(graph, new AbortController().signal);
  const [worker] = FakeWorker.made;
  worker?.answer({ a: [1, 2] });
  await expect(placed).resolves.toEqual({ a: [1, 2] });
  expect(worker?.isTerminated).toBe(true);
});

it('terminates the worker when the signal aborts mid-layout', async () => {
  const controller = new AbortController();
  const placed = layoutInWorker(graph, controller.signal);
  controller.abort();
  await expect(placed).rejects.toMatchObject({ name: 'AbortError' });
  expect(FakeWorker.made.map((w) => w.isTerminated)).toEqual([true]);
});

it('starts no worker for a layout already cancelled', async () => {
  const controller = new AbortController();
  controller.abort();
  await expect(layoutInWorker(graph, controller.signal)).rejects.toMatchObject({
    name: 'AbortError',
  });
  expect(FakeWorker.made.filter((w) => !w.isTerminated)).toEqual([]);
});
