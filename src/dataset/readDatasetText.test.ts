import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker, fakeWorkersInEachTest } from '../testSupport/FakeWorker.ts';
import type { Dataset } from '../domain/dataset/datasetSchema.ts';
import { seedDataset, seedDatasetText } from '../testSupport/seedDataset.ts';
import {
  checkInWorker,
  readDatasetText,
  workWhileChecking,
  WORKER_THRESHOLD_CHARS,
} from './readDatasetText.ts';

// The hash and the index, counted: the point of working meanwhile is that neither is
// made again once the answer comes.
const made = vi.hoisted(() => ({ index: vi.fn(), hash: vi.fn() }));
vi.mock('../domain/dataset/indexDataset.ts', async (original) => {
  const real = await original<typeof import('../domain/dataset/indexDataset.ts')>();
  made.index.mockImplementation(real.indexDataset);
  return { ...real, indexDataset: made.index };
});
vi.mock('../domain/dataset/contentHash.ts', async (original) => {
  const real = await original<typeof import('../domain/dataset/contentHash.ts')>();
  made.hash.mockImplementation(real.contentHash);
  return { ...real, contentHash: made.hash };
});
const { contentHash: hashOf } = await vi.importActual<
  typeof import('../domain/dataset/contentHash.ts')
>('../domain/dataset/contentHash.ts');

/** Runs the page's steps meanwhile (each a timer of its own), not the worker's time limit. */
const stepsRun = () => vi.advanceTimersByTime(10);

beforeEach(() => {
  vi.useFakeTimers();
  made.index.mockClear();
  made.hash.mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('workWhileChecking', () => {
  it('parses, hashes and indexes the text before the answer, and hands out what it made', () => {
    const text = seedDatasetText();
    const meanwhile = workWhileChecking(text);
    expect(meanwhile.parsed()).toBeUndefined();
    stepsRun();
    const json = meanwhile.parsed()?.json as Dataset;
    expect(json.entities).toHaveLength(seedDataset().entities.length);
    expect(made.hash).toHaveBeenCalledTimes(1);
    expect(made.index).toHaveBeenCalledTimes(1);
    // Handed out as made: nothing is computed again.
    expect(meanwhile.index(json).entityById.get('sergey-lavrov')?.kind).toBe('official');
    expect(meanwhile.version()).toBe(hashOf(text));
    expect(made.hash).toHaveBeenCalledTimes(1);
    expect(made.index).toHaveBeenCalledTimes(1);
  });

  it('only parses when told to', () => {
    const meanwhile = workWhileChecking(seedDatasetText(), { parseOnly: true });
    stepsRun();
    expect(meanwhile.parsed()).toBeDefined();
    expect(made.hash).not.toHaveBeenCalled();
    expect(made.index).not.toHaveBeenCalled();
  });

  it('never hands out its index for another dataset than the one it parsed', () => {
    const meanwhile = workWhileChecking(seedDatasetText());
    stepsRun();
    const other = seedDataset();
    expect(meanwhile.index(other).dataset).toBe(other);
  });

  it('takes no step once stopped: what is asked for is then made on demand', () => {
    const text = seedDatasetText();
    const meanwhile = workWhileChecking(text);
    meanwhile.stop();
    stepsRun();
    expect(meanwhile.parsed()).toBeUndefined();
    expect(made.hash).not.toHaveBeenCalled();
    expect(made.index).not.toHaveBeenCalled();
    expect(meanwhile.version()).toBe(hashOf(text));
  });

  it('ends its steps quietly on a text that is not JSON', () => {
    const notJson = workWhileChecking('{"entities": [');
    stepsRun();
    expect(notJson.parsed()).toBeUndefined();
    expect(made.hash).not.toHaveBeenCalled();
  });

  it('does not index JSON that lacks a dataset’s lists of objects with ids', () => {
    const bare = JSON.stringify({ entities: [0, 0, 0], relations: [], articles: [] });
    const noIds = JSON.stringify({ entities: [{}], relations: [], articles: [] });
    const openEnds = JSON.stringify({
      entities: [{ id: 'a' }],
      relations: [{ id: 'r', source: 'a', target: 7 }],
      articles: [],
    });
    for (const text of [bare, noIds, openEnds, '{"entities": 5}', '[]', 'null']) {
      const meanwhile = workWhileChecking(text);
      stepsRun();
      expect(meanwhile.parsed(), text).toBeDefined();
    }
    expect(made.index).not.toHaveBeenCalled();
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
      stepsRun();
      expect(parse).toHaveBeenCalledTimes(1);
      // A draft's check (no work asked for meanwhile) parses only.
      expect(made.hash).not.toHaveBeenCalled();
      expect(made.index).not.toHaveBeenCalled();
      FakeWorker.made[0]?.answer({ kind: 'valid-as-parsed', warnings: [] });
      await expect(check).resolves.toMatchObject({ dataset: { formatVersion: 1 } });
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('stops the page’s work on the text when the load is cancelled', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const controller = new AbortController();
      const check = checkInWorker('{"formatVersion": 1}', controller.signal);
      controller.abort();
      await expect(check).rejects.toMatchObject({ name: 'AbortError' });
      stepsRun();
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('stops the page’s work on the text when no worker can be started', async () => {
    vi.stubGlobal(
      'Worker',
      vi.fn(() => {
        throw new Error('refused by the policy');
      }),
    );
    const parse = vi.spyOn(JSON, 'parse');
    try {
      await expect(checkInWorker('{"formatVersion": 1}')).rejects.toThrow('refused by the policy');
      stepsRun();
      expect(parse).not.toHaveBeenCalled();
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

  it('checks a longer text on the page in tasks: the parse, the checks, the hash and index', async () => {
    await import('./checkDatasetTextFast.ts');
    const flush = async () => {
      for (let i = 0; i < 20; i++) await Promise.resolve();
    };
    const parse = vi.spyOn(JSON, 'parse');
    try {
      // Past the size where the page splits its check, short of the worker's.
      const text = seedDatasetText() + ' '.repeat(600_000);
      const loading = readDatasetText(text, { type: 'bundled', id: 'x' }, 'Dataset “x”');
      await flush();
      expect(parse).toHaveBeenCalledTimes(1);
      expect(made.hash).not.toHaveBeenCalled();
      await vi.runAllTimersAsync();
      const loaded = await loading;
      expect(made.hash).toHaveBeenCalledTimes(1);
      expect(FakeWorker.made).toEqual([]);
      expect(loaded.index.entityById.get('choe-son-hui')?.kind).toBe('official');
      // A small text is checked, hashed and indexed at once.
      made.hash.mockClear();
      const small = readDatasetText(seedDatasetText(), { type: 'bundled', id: 'x' }, 'Dataset “x”');
      await flush();
      expect(made.hash).toHaveBeenCalledTimes(1);
      await small;
    } finally {
      parse.mockRestore();
    }
  });

  it('checks a large text in the worker, and uses what the page made meanwhile', async () => {
    // Past the worker's threshold (8 M characters): trailing blanks are still JSON.
    const text = seedDatasetText() + ' '.repeat(WORKER_THRESHOLD_CHARS);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const loading = readDatasetText(text, { type: 'bundled', id: 'x' }, 'Dataset “x”');
      stepsRun();
      // Parsed, hashed and indexed before the answer…
      expect(parse).toHaveBeenCalledTimes(1);
      expect(made.hash).toHaveBeenCalledTimes(1);
      expect(made.index).toHaveBeenCalledTimes(1);
      expect(FakeWorker.made[0]?.posted).toEqual([text]);
      FakeWorker.made[0]?.answer({ kind: 'valid-as-parsed', warnings: [] });
      const loaded = await loading;
      // …and none of it made again after.
      expect(parse).toHaveBeenCalledTimes(1);
      expect(made.hash).toHaveBeenCalledTimes(1);
      expect(made.index).toHaveBeenCalledTimes(1);
      expect(loaded.version).toBe(hashOf(text));
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
