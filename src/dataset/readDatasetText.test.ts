import { describe, expect, it, vi } from 'vitest';
import { FakeWorker, fakeWorkersInEachTest } from '../testSupport/FakeWorker.ts';
import { contentHash } from '../domain/dataset/contentHash.ts';
import type { Dataset } from '../domain/dataset/datasetSchema.ts';
import { seedDataset, seedDatasetText } from '../testSupport/seedDataset.ts';
import { checkInWorker, readDatasetText, workWhileChecking } from './readDatasetText.ts';

/** Lets the page's pending tasks run (each step meanwhile is a task of its own). */
const tasksRun = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('workWhileChecking', () => {
  it('parses, hashes and indexes the text before the answer, and hands out what it made', async () => {
    const text = seedDatasetText();
    const meanwhile = workWhileChecking(text);
    await tasksRun();
    const json = meanwhile.parsed()?.json as Dataset;
    expect(json.entities).toHaveLength(seedDataset().entities.length);
    // Made once, meanwhile: the same index each time it is asked for.
    expect(meanwhile.index(json)).toBe(meanwhile.index(json));
    expect(meanwhile.index(json).entityById.get('sergey-lavrov')?.kind).toBe('official');
    expect(meanwhile.version()).toBe(contentHash(text));
  });

  it('never hands out its index for another dataset than the one it parsed', async () => {
    const meanwhile = workWhileChecking(seedDatasetText());
    await tasksRun();
    const other = seedDataset();
    expect(meanwhile.index(other).dataset).toBe(other);
  });

  it('takes no step once stopped: what is asked for is then made on demand', async () => {
    const text = seedDatasetText();
    const meanwhile = workWhileChecking(text);
    meanwhile.stop();
    await tasksRun();
    expect(meanwhile.parsed()).toBeUndefined();
    const dataset = seedDataset();
    expect(meanwhile.index(dataset)).not.toBe(meanwhile.index(dataset));
    expect(meanwhile.version()).toBe(contentHash(text));
  });

  it('ends its steps quietly on a text that is not JSON, or JSON that is not a dataset', async () => {
    const notJson = workWhileChecking('{"entities": [');
    const notDataset = workWhileChecking('{"entities": 5}');
    await tasksRun();
    expect(notJson.parsed()).toBeUndefined();
    expect(notJson.version()).toBe(contentHash('{"entities": ['));
    expect(notDataset.parsed()).toEqual({ json: { entities: 5 } });
  });
});

describe('checkInWorker', () => {
  fakeWorkersInEachTest();

  it('ends the worker once it has answered', async () => {
    const check = checkInWorker('{}');
    FakeWorker.made[0]?.answer({ kind: 'not-json', message: 'x' });
    await expect(check).resolves.toEqual({ kind: 'not-json', message: 'x' });
    expect(FakeWorker.made[0]?.isTerminated).toBe(true);
  });

  it('parses the text itself when the worker found it valid as parsed', async () => {
    const check = checkInWorker('{"formatVersion": 1}');
    FakeWorker.made[0]?.answer({ kind: 'valid-as-parsed', warnings: [] });
    await expect(check).resolves.toEqual({
      kind: 'valid',
      dataset: { formatVersion: 1 },
      warnings: [],
    });
  });

  it('parses the text while the worker checks it, once', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const check = checkInWorker('{"formatVersion": 1}');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(parse).toHaveBeenCalledTimes(1);
      FakeWorker.made[0]?.answer({ kind: 'valid-as-parsed', warnings: [] });
      await expect(check).resolves.toMatchObject({ dataset: { formatVersion: 1 } });
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('terminates the worker when another dataset is asked for (the signal aborts)', async () => {
    const controller = new AbortController();
    const check = checkInWorker('{}', controller.signal);
    expect(FakeWorker.made.map((w) => w.isTerminated)).toEqual([false]);
    controller.abort();
    await expect(check).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made.map((w) => w.isTerminated)).toEqual([true]);
  });

  it('stops a worker that checks for too long, and says so', async () => {
    vi.useFakeTimers();
    try {
      const check = checkInWorker('{}', undefined, 1_000);
      const failed = expect(check).rejects.toThrow(
        'The dataset could not be checked within 1 s; it was stopped.',
      );
      vi.advanceTimersByTime(999);
      expect(FakeWorker.made[0]?.isTerminated).toBe(false);
      vi.advanceTimersByTime(1);
      await failed;
      expect(FakeWorker.made[0]?.isTerminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses a worker started ahead instead of starting one, and ends it', async () => {
    const started = new FakeWorker();
    const check = checkInWorker('{}', undefined, 1_000, started as unknown as Worker);
    expect(FakeWorker.made).toEqual([started]);
    expect(started.posted).toEqual(['{}']);
    started.answer({ kind: 'not-json', message: 'x' });
    await expect(check).resolves.toMatchObject({ kind: 'not-json' });
    expect(started.isTerminated).toBe(true);
  });

  it('ends a worker started ahead when the load is already cancelled', async () => {
    const started = new FakeWorker();
    const controller = new AbortController();
    controller.abort();
    await expect(
      checkInWorker('{}', controller.signal, 1_000, started as unknown as Worker),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(started.isTerminated).toBe(true);
  });

  it('starts no worker for a load already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(checkInWorker('{}', controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(FakeWorker.made).toEqual([]);
  });
});

describe('readDatasetText', () => {
  const cutOff = '{"formatVersion": 1, "entities": [';
  fakeWorkersInEachTest();

  it('ends a worker started ahead for a text small enough for the page', async () => {
    const started = new FakeWorker();
    await expect(
      readDatasetText(
        cutOff,
        { type: 'url', url: 'https://a.example/x.json' },
        'The dataset',
        undefined,
        started as unknown as Worker,
      ),
    ).rejects.toMatchObject({ name: 'DatasetLoadError' });
    expect(started.isTerminated).toBe(true);
    expect(started.posted).toEqual([]);
  });

  it('calls fetched text that ends mid-value cut off, worth another try', async () => {
    await expect(
      readDatasetText(cutOff, { type: 'url', url: 'https://a.example/x.json' }, 'The dataset'),
    ).rejects.toMatchObject({
      message: expect.stringMatching(
        /^The dataset is not valid JSON \(.*\); it looks cut off\.$/,
      ) as string,
      transient: true,
    });
  });

  it('does not retry an opened file, nor a file with a mistake in the middle', async () => {
    await expect(
      readDatasetText(cutOff, { type: 'file', name: 'x.json', version: '1' }, '“x.json”'),
    ).rejects.toMatchObject({ transient: false });
    await expect(
      readDatasetText('{"formatVersion": 1,, }', { type: 'bundled', id: 'x' }, 'Dataset “x”'),
    ).rejects.toMatchObject({ transient: false });
  });

  it('checks a large text in the worker, and uses what the page made meanwhile', async () => {
    // Past the worker's threshold (512 K characters): trailing blanks are still JSON.
    const text = seedDatasetText() + ' '.repeat(600_000);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const loading = readDatasetText(text, { type: 'bundled', id: 'x' }, 'Dataset “x”');
      await tasksRun();
      expect(FakeWorker.made[0]?.posted).toEqual([text]);
      FakeWorker.made[0]?.answer({ kind: 'valid-as-parsed', warnings: [] });
      const loaded = await loading;
      expect(parse).toHaveBeenCalledTimes(1);
      expect(loaded.version).toBe(contentHash(text));
      expect(loaded.index.entityById.get('choe-son-hui')?.kind).toBe('official');
      expect(loaded.index.dataset).toBe(parse.mock.results[0]?.value);
    } finally {
      parse.mockRestore();
    }
  });

  it('never retries a dataset that does not match the format', async () => {
    await expect(
      readDatasetText('{"formatVersion": 1}', { type: 'bundled', id: 'x' }, 'Dataset “x”'),
    ).rejects.toMatchObject({
      message: 'Dataset “x” does not match the dataset format.',
      transient: false,
    });
  });
});
