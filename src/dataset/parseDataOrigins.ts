/**
 * Reads a comma-separated list of the https origins `?data=` may load from (the
 * build-time VITE_DATA_ORIGINS) as origins, dropping anything that is not https.
 * Both the app and the build's Content-Security-Policy read the list through this,
 * so what the app may fetch and what the policy lets it connect to stay the same.
 * @example parseDataOrigins('https://data.example.org/, http://x.example') // ['https://data.example.org']
 */
export function parseDataOrigins(configured: unknown): string[] {
  if (typeof configured !== 'string') return [];
  return configured.split(',').flatMap((entry) => {
    try {
      // "https://data.example.org/" and "https://data.example.org" name one origin.
      const url = new URL(entry.trim());
      return url.protocol === 'https:' ? [url.origin] : [];
    } catch {
      return [];
    }
  });
}
