import { afterEach, describe, expect, it, vi } from 'vitest';
import { FETCH_TIMEOUT_MS, MAX_DATASET_BYTES, fetchDatasetText } from './fetchDatasetText.ts';
import type { DatasetLoadError } from './readDatasetText.ts';

const LABEL = 'The dataset at https://data.example.net/a.json';
const URL_ = 'https://data.example.net/a.json';

function serve(response: Response) {
  const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(response);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** A body of `chunks` chunks of 1 MiB each, without a Content-Length. */
function streamed(chunks: number, onCancel: () => void = () => undefined): ReadableStream {
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === chunks) controller.close();
      else {
        sent += 1;
        controller.enqueue(chunk);
      }
    },
    cancel: onCancel,
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('fetchDatasetText', () => {
  it('says the length the server declares as soon as its headers arrive, and none it does not', async () => {
    const told: number[] = [];
    serve(new Response('{"formatVersion":1}', { headers: { 'content-length': '19' } }));
    await fetchDatasetText(URL_, LABEL, undefined, undefined, (bytes) => told.push(bytes));
    serve(new Response(streamed(1), { headers: { 'content-type': 'application/json' } }));
    await fetchDatasetText(URL_, LABEL, undefined, undefined, (bytes) => told.push(bytes));
    expect(told).toEqual([19]);
  });

  it('fetches without credentials or referrer, and refuses redirects', async () => {
    const fetch = serve(Response.json({ formatVersion: 1 }));
    await expect(fetchDatasetText(URL_, LABEL)).resolves.toBe('{"formatVersion":1}');
    expect(fetch).toHaveBeenCalledWith(
      URL_,
      expect.objectContaining({
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'error',
      }),
    );
  });

  it.each([
    ['text/html; charset=utf-8', 'text/html'],
    ['TEXT/HTML', 'text/html'],
    [' Text/Html ;charset=UTF-8', 'text/html'],
    ['application/javascript', 'application/javascript'],
    ['text/javascript', 'text/javascript'],
    ['image/png', 'image/png'],
    ['image/svg+xml', 'image/svg+xml'],
    ['application/xhtml+xml', 'application/xhtml+xml'],
    ['text/xml', 'text/xml'],
    ['application/pdf', 'application/pdf'],
    ['text/css', 'text/css'],
    ['multipart/form-data; boundary=x', 'multipart/form-data'],
  ])('refuses a file served as %s', async (header, type) => {
    serve(
      new Response('<script>window.__pwned=1</script>', { headers: { 'content-type': header } }),
    );
    await expect(fetchDatasetText(URL_, LABEL)).rejects.toThrow(
      `${LABEL} is not JSON: the server sent ${type}.`,
    );
  });

  it.each([
    'application/json',
    'Application/JSON; charset=utf-8',
    'text/json',
    'application/ld+json',
    'application/vnd.diplograph+json',
    'text/plain; charset=utf-8',
    'application/octet-stream',
    'binary/octet-stream',
  ])('reads a file served as %s', async (type) => {
    serve(new Response('{}', { headers: { 'content-type': type } }));
    await expect(fetchDatasetText(URL_, LABEL)).resolves.toBe('{}');
  });

  it('says which status the server answered', async () => {
    serve(new Response('gone', { status: 404 }));
    await expect(fetchDatasetText(URL_, LABEL)).rejects.toThrow(
      `${LABEL} could not be fetched: the server answered 404.`,
    );
  });

  it('refuses a file that declares more than 64 MiB, before reading it', async () => {
    expect(MAX_DATASET_BYTES).toBe(64 * 1024 * 1024);
    let pulled = 0;
    const body = new ReadableStream({ pull: () => void (pulled += 1) });
    serve(new Response(body, { headers: { 'content-length': String(MAX_DATASET_BYTES + 1) } }));
    await expect(fetchDatasetText(URL_, LABEL)).rejects.toThrow(
      `${LABEL} is larger than 64 MiB, the most the app opens.`,
    );
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a file that grows past 64 MiB without saying so', async () => {
    const cancel = vi.fn();
    serve(new Response(streamed(80, cancel)));
    await expect(fetchDatasetText(URL_, LABEL)).rejects.toThrow('is larger than 64 MiB');
    expect(cancel).toHaveBeenCalled();
  });

  it('reads a file just under the cap', async () => {
    serve(new Response(streamed(20)));
    await expect(fetchDatasetText(URL_, LABEL)).resolves.toHaveLength(20 * 1024 * 1024);
  });

  it('gives up after 15 s without an answer', async () => {
    expect(FETCH_TIMEOUT_MS).toBe(15_000);
    const clock = new AbortController();
    const timeout = vi.spyOn(AbortSignal, 'timeout').mockReturnValue(clock.signal);
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) => {
            init.signal!.addEventListener('abort', () => reject(new DOMException('aborted')));
          }),
      ),
    );
    const fetching = fetchDatasetText(URL_, LABEL);
    expect(timeout).toHaveBeenCalledWith(15_000);
    clock.abort();
    await expect(fetching).rejects.toThrow(`${LABEL} could not be fetched: no answer within 15 s.`);
  });

  it('says when the transfer broke off', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"formatVersion": 1,'));
        controller.error(new Error('connection reset'));
      },
    });
    serve(new Response(body));
    await expect(fetchDatasetText(URL_, LABEL)).rejects.toThrow(
      `${LABEL} could not be fetched: the transfer broke off.`,
    );
  });

  it('refuses bytes that are not UTF-8', async () => {
    // "Norländ" in Latin-1: 0xE4 is not valid UTF-8 on its own.
    const latin1 = new Uint8Array([0x22, 0x4e, 0x6f, 0x72, 0x6c, 0xe4, 0x6e, 0x64, 0x22]);
    serve(new Response(latin1, { headers: { 'content-type': 'application/json' } }));
    await expect(fetchDatasetText(URL_, LABEL)).rejects.toThrow(`${LABEL} is not UTF-8 text.`);
  });
});

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

describe('fetchDatasetText: whether another try could succeed', () => {
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
