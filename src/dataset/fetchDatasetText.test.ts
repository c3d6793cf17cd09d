import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDatasetText } from './fetchDatasetText.ts';
import type { DatasetLoadError } from './readDatasetText.ts';

function answer(body: BodyInit | null, init: ResponseInit = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, init))),
  );
}

async function failure(timeoutMs?: number): Promise<DatasetLoadError> {
  try {
    await fetchDatasetText('/set.json', 'Dataset “set”', undefined, timeoutMs);
  } catch (error) {
    return error as DatasetLoadError;
  }
  throw new Error('the fetch succeeded');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchDatasetText', () => {
  it('gives the text of a whole answer', async () => {
    answer('{"a": 1}', { headers: { 'content-type': 'application/json', 'content-length': '8' } });
    await expect(fetchDatasetText('/set.json', 'Dataset')).resolves.toBe('{"a": 1}');
  });

  it.each([500, 502, 503, 504, 429, 408])(
    'calls a %i answer transient: another try may succeed',
    async (status) => {
      answer('busy', { status });
      expect(await failure()).toMatchObject({
        message: `Dataset “set” could not be fetched: the server answered ${status}.`,
        transient: true,
      });
    },
  );

  it.each([404, 403, 410])('calls a %i answer permanent', async (status) => {
    answer('no', { status });
    expect(await failure()).toMatchObject({ transient: false });
  });

  it('calls a network failure transient', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await failure()).toMatchObject({
      message: 'Dataset “set” could not be fetched: Failed to fetch.',
      transient: true,
    });
  });

  it('gives up after its timeout, and calls that transient', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_: string, init: RequestInit) =>
          new Promise((_resolve, reject) => {
            init.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error));
          }),
      ),
    );
    expect(await failure(20)).toMatchObject({
      message: 'Dataset “set” could not be fetched: no answer within 0.02 s.',
      transient: true,
    });
  });

  it('calls a body shorter than its Content-Length cut off, and transient', async () => {
    answer('{"a": 1', { headers: { 'content-length': '20' } });
    expect(await failure()).toMatchObject({
      message: 'Dataset “set” could not be fetched: the transfer broke off after 7 of 20 bytes.',
      transient: true,
    });
  });

  it('calls a body that stops inside a character cut off, and transient', async () => {
    const bytes = new TextEncoder().encode('{"name": "Dışişleri"}');
    answer(bytes.slice(0, 12));
    expect(await failure()).toMatchObject({
      message: 'Dataset “set” could not be fetched: the transfer broke off inside a character.',
      transient: true,
    });
  });

  it('calls bytes that are not UTF-8 permanent', async () => {
    answer(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await failure()).toMatchObject({
      message: 'Dataset “set” is not UTF-8 text.',
      transient: false,
    });
  });

  it('calls an HTML page permanent', async () => {
    answer('<html></html>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(await failure()).toMatchObject({
      message: 'Dataset “set” is not JSON: the server sent text/html.',
      transient: false,
    });
  });

  it('calls a file over the size cap permanent', async () => {
    answer('{}', { headers: { 'content-length': String(65 * 1024 * 1024) } });
    expect(await failure()).toMatchObject({
      message: expect.stringContaining('is larger than 64 MiB') as string,
      transient: false,
    });
  });

  it('passes on the caller’s own abort untouched, so nothing retries it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn((_: string, init: RequestInit) => Promise.reject(init.signal?.reason as Error)),
    );
    const controller = new AbortController();
    controller.abort();
    await expect(fetchDatasetText('/set.json', 'Dataset', controller.signal)).rejects.toMatchObject(
      { name: 'AbortError' },
    );
  });
});
