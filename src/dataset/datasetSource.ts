import type { IgnoreReason } from '../domain/view/viewCodec.ts';
import type { OpenedFile } from './openedFiles.ts';

/**
 * Where a dataset comes from: bundled with the app (by id, from data/datasets.json),
 * fetched from a URL (same origin, or https from an allowed origin), or a file the
 * analyst opened, which only this browser tab has.
 */
export type DatasetSource =
  { type: 'bundled'; id: string } | { type: 'url'; url: string } | ({ type: 'file' } & OpenedFile);

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
  // blob: and filesystem: URLs carry the origin that made them, but are not fetched
  // from it; a user name or password would make fetch throw, and is never sent.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { refused: { code: 'not-a-web-address' } };
  }
  if (url.username !== '' || url.password !== '') return { refused: { code: 'has-credentials' } };
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
