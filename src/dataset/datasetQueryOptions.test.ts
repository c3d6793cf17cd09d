import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker, fakeWorkersInEachTest } from '../testSupport/FakeWorker.ts';
import { datasetQueryOptions } from './datasetQueryOptions.ts';
import { WORKER_THRESHOLD_CHARS } from './readDatasetText.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A body whose end the test decides: its first part now, the rest on `finish`. */
function heldBody(length: number) {
  let finish: () => void = () => undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(length / 2).fill(0x20));
      finish = () => {
        controller.enqueue(new Uint8Array(length / 2).fill(0x20));
        controller.close();
      };
    },
  });
  return { body, finish: () => finish() };
}

describe('loading a large dataset from a URL', () => {
  fakeWorkersInEachTest();

  it('starts the check worker when the server announces a large file, before it has arrived', async () => {
    const length = WORKER_THRESHOLD_CHARS + 1024 * 1024;
    const { body, finish } = heldBody(length);
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>().mockResolvedValue(
        new Response(body, {
          headers: { 'content-type': 'application/json', 'content-length': String(length) },
        }),
      ),
    );
    const options = datasetQueryOptions({ type: 'url', url: 'https://a.example/big.json' }, () =>
      Promise.reject(new Error('no manifest needed')),
    );
    const loading = options.queryFn!({
      signal: new AbortController().signal,
      queryKey: options.queryKey,
      meta: undefined,
    } as never);
    await vi.waitFor(() => expect(FakeWorker.made).toHaveLength(1));
    const [worker] = FakeWorker.made;
    expect(worker!.posted).toEqual([]);
    finish();
    // The same worker is given the text once it has arrived.
    await vi.waitFor(() => expect(worker!.posted).toHaveLength(1));
    expect(FakeWorker.made).toHaveLength(1);
    worker!.answer({ kind: 'invalid', problems: [] });
    await expect(loading).rejects.toMatchObject({
      name: 'DatasetLoadError',
      message: 'The dataset at https://a.example/big.json does not match the dataset format.',
    });
    expect(worker!.isTerminated).toBe(true);
  });

  it('ends the worker it started when the transfer breaks off', async () => {
    const length = WORKER_THRESHOLD_CHARS + 1024 * 1024;
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>().mockResolvedValue(
        new Response(new Uint8Array(length / 2), {
          headers: { 'content-type': 'application/json', 'content-length': String(length) },
        }),
      ),
    );
    const options = datasetQueryOptions({ type: 'url', url: 'https://a.example/big.json' }, () =>
      Promise.reject(new Error('no manifest needed')),
    );
    const controller = new AbortController();
    const loading = options.queryFn!({
      signal: controller.signal,
      queryKey: options.queryKey,
      meta: undefined,
    } as never);
    // The transfer fails (fewer bytes than announced) and would be tried again: stop it.
    await vi.waitFor(() => expect(FakeWorker.made.length).toBeGreaterThan(0));
    controller.abort();
    await expect(loading).rejects.toBeDefined();
    expect(FakeWorker.made.every((worker) => worker.isTerminated)).toBe(true);
  });
});
