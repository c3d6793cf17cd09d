/**
 * Whether a string is an absolute http(s) URL: the only links the app draws from
 * data. `javascript:`, `data:` and every other scheme are refused.
 * @example isHttpUrl('https://example.org/a') // true
 * @example isHttpUrl('javascript:alert(1)') // false
 */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
