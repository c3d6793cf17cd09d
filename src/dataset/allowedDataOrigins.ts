import { parseDataOrigins } from './parseDataOrigins.ts';

// Apart from datasetSource.ts so that scripts (the link fuzzer) can read `?data=`
// values without Vite's import.meta.env.

/**
 * The https origins `?data=` may load from besides the app's own, set at build time
 * as a comma-separated VITE_DATA_ORIGINS (for example
 * `https://data.example.org,https://cdn.example.net`).
 */
export function allowedDataOrigins(): string[] {
  return parseDataOrigins(import.meta.env.VITE_DATA_ORIGINS);
}
