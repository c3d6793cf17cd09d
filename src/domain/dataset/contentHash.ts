/**
 * A short content hash (32-bit FNV-1a, as 8 hex digits): enough to tell one version
 * of a dataset file from another, and to seed a layout from a graph's ids. Not for
 * security.
 * @example contentHash('abc') // '1a47e90b'
 */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
