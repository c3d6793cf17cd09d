import type { IgnoreReason } from '../domain/view/viewCodec.ts';
import { parseDataOrigins } from './parseDataOrigins.ts';

/**
 * Where a dataset comes from: bundled with the app (by id, from data/datasets.json),
 * fetched from a URL (same origin, or https from an allowed origin), or a file the
 * analyst opened, which only this browser tab has.
 */
export type DatasetSource =
  | { type: 'bundled'; id: string }
  | { type: 'url'; url: string }
  | { type: 'file'; name: string; version: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The https origins `?data=` may load from besides the app's own, set at build time
 * as a comma-separated VITE_DATA_ORIGINS (for example
 * `https://data.example.org,https://cdn.example.net`).
 */
export function allowedDataOrigins(): string[] {
  return parseDataOrigins(import.meta.env.VITE_DATA_ORIGINS);
}

/**
 * Reads a `?data=` value: a bundled dataset's id, or a URL the app may fetch. Returns
 * the reason when it may not.
 * @example sourceOfDataParam('fictional-veld') // { source: { type: 'bundled', id: 'fictional-veld' } }
 */
export function sourceOfDataParam(
  value: string,
  pageOrigin: string,
  allowed: readonly string[],
): { source: DatasetSource } | { refused: IgnoreReason } {
  if (ID.test(value)) return { source: { type: 'bundled', id: value } };
  let url: URL;
  try {
    url = new URL(value, pageOrigin);
  } catch {
    return { refused: { code: 'not-a-dataset' } };
  }
  if (url.origin === pageOrigin) return { source: { type: 'url', url: url.href } };
  if (url.protocol !== 'https:') return { refused: { code: 'not-https' } };
  if (!allowed.includes(url.origin)) {
    return { refused: { code: 'origin-not-allowed', origin: url.origin } };
  }
  return { source: { type: 'url', url: url.href } };
}

/** A short, stable key for a source, for caches and for what a link may carry. */
export function sourceKey(source: DatasetSource): string {
  switch (source.type) {
    case 'bundled':
      return `bundled:${source.id}`;
    case 'url':
      return `url:${source.url}`;
    case 'file':
      return `file:${source.version}`;
  }
}
