import { DatasetLoadError } from './readDatasetText.ts';

/** The largest dataset file the app fetches or opens: 64 MiB (a synthetic set of 20,000 entities is about 22 MiB). */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;
/** How long a dataset fetch may take before it is abandoned: 15 s. */
export const FETCH_TIMEOUT_MS = 15_000;

/**
 * Fetches a dataset's text without credentials or referrer, within the time and
 * size limits, refusing what is plainly not JSON.
 */
export async function fetchDatasetText(
  url: string,
  label: string,
  signal?: AbortSignal,
): Promise<string> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      // A redirect could lead anywhere, past the allowed origins.
      redirect: 'error',
      signal: signal === undefined ? timeout : AbortSignal.any([signal, timeout]),
    });
  } catch (error) {
    const reason = timeout.aborted
      ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s`
      : (error as Error).message;
    throw new DatasetLoadError(`${label} could not be fetched: ${reason}.`);
  }
  if (!response.ok)
    throw new DatasetLoadError(
      `${label} could not be fetched: the server answered ${response.status}.`,
    );
  const type = response.headers.get('content-type') ?? '';
  if (/text\/html|image\/|javascript/.test(type)) {
    throw new DatasetLoadError(`${label} is not JSON: the server sent ${type.split(';')[0]}.`);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > MAX_DATASET_BYTES) throw tooLarge(label);
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_DATASET_BYTES) {
        await reader.cancel();
        throw tooLarge(label);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    const reason = timeout.aborted
      ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s`
      : 'the transfer broke off';
    throw new DatasetLoadError(`${label} could not be fetched: ${reason}.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(concat(chunks, size));
  } catch {
    throw new DatasetLoadError(`${label} is not UTF-8 text.`);
  }
}

function tooLarge(label: string): DatasetLoadError {
  return new DatasetLoadError(
    `${label} is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MiB, the most the app opens.`,
  );
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}
