import { DatasetLoadError } from './readDatasetText.ts';

/** The largest dataset file the app fetches or opens: 64 MiB (a synthetic set of 20,000 entities is about 22 MiB). */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;
/** How long a dataset fetch may take before it is abandoned: 15 s. */
export const FETCH_TIMEOUT_MS = 15_000;

// Answers that say "not now" rather than "no": another try may succeed.
const TRANSIENT_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * Fetches a dataset's text without credentials or referrer, within the time and
 * size limits, refusing what is plainly not JSON. Its errors say whether another
 * try could succeed (DatasetLoadError.transient).
 */
export async function fetchDatasetText(
  url: string,
  label: string,
  signal?: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
  /** Told the length the server declares, once its headers arrive (not without one). */
  onLength?: (bytes: number) => void,
): Promise<string> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const failed = (reason: string) =>
    new DatasetLoadError(`${label} could not be fetched: ${reason}.`, [], { transient: true });
  const timedOut = () => failed(`no answer within ${timeoutMs / 1000} s`);
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
    if (signal?.aborted === true) throw error;
    throw timeout.aborted ? timedOut() : failed((error as Error).message);
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      `${label} could not be fetched: the server answered ${response.status}.`,
      [],
      { transient: TRANSIENT_STATUSES.has(response.status) },
    );
  }
  const type = mediaType(response.headers.get('content-type'));
  if (!isDatasetMediaType(type)) {
    throw new DatasetLoadError(`${label} is not JSON: the server sent ${type}.`);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > MAX_DATASET_BYTES) throw tooLarge(label);
  if (Number.isFinite(declared)) onLength?.(declared);
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
    if (signal?.aborted === true) throw error;
    throw timeout.aborted ? timedOut() : failed('the transfer broke off');
  }
  // A compressed body is longer once decoded, never shorter: fewer bytes than the
  // server announced means the transfer stopped early.
  const encoding = response.headers.get('content-encoding');
  if ((encoding === null || encoding === 'identity') && size < declared) {
    throw failed(`the transfer broke off after ${size} of ${declared} bytes`);
  }
  const bytes = concat(chunks, size);
  const text = decodeUtf8(bytes);
  if (text !== null) return text;
  // A transfer that stopped inside a character leaves valid text before it.
  if (decodeUtf8(bytes.subarray(0, lastCharacterStart(bytes))) !== null)
    throw failed('the transfer broke off inside a character');
  throw new DatasetLoadError(`${label} is not UTF-8 text.`);
}

/** The media type of a Content-Type header, lower-cased, without parameters; '' when absent. */
function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Whether a server's media type may hold a dataset: JSON (application/json,
 * text/json, any +json), or the types static hosts give files they do not
 * recognise (text/plain, application/octet-stream, S3's binary/octet-stream,
 * none). Anything else, HTML or
 * a script above all, is refused before it is read.
 * @example isDatasetMediaType('application/ld+json') // true
 * @example isDatasetMediaType('text/html') // false
 */
export function isDatasetMediaType(type: string): boolean {
  return (
    type === '' ||
    type === 'application/json' ||
    type === 'text/json' ||
    /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(type) ||
    type === 'text/plain' ||
    type === 'application/octet-stream' ||
    // What Amazon S3 serves a file uploaded without a type as.
    type === 'binary/octet-stream'
  );
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Where the last UTF-8 sequence starts: at most three continuation bytes back. */
function lastCharacterStart(bytes: Uint8Array): number {
  let at = bytes.length - 1;
  while (at > 0 && at > bytes.length - 4 && (bytes[at]! & 0xc0) === 0x80) at -= 1;
  return Math.max(at, 0);
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
