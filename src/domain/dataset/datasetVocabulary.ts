// The dataset format's words and simple checks, without zod: what the page needs
// before any dataset arrives (the view's codec, the filters, the entity list).
// Building the zod schema costs about 100 ms in a browser, so datasetSchema.ts is
// loaded only where a dataset is checked or its readable problems are wanted.

/** The version of the dataset format this code reads and writes. */
export const FORMAT_VERSION = 1;

export const ENTITY_KINDS = ['state', 'bloc', 'official', 'meeting', 'topic'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const MODALITIES = ['stated', 'hedged'] as const;
export type Modality = (typeof MODALITIES)[number];

export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY_GRADES)[number];

/** The formats an imported item can come from; a citation names the one it was read from. */
export const IMPORT_FORMATS = ['gdelt', 'acled', 'icews', 'csv', 'gexf', 'graphml'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;

/** A BCP 47 tag in its canonical form ("tr", "ko-Latn", "en-GB"); lookups by tag rely on the one spelling. */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}

/** YYYY, YYYY-MM or YYYY-MM-DD: the form of a date whose precision is its number of parts. */
export const ISO_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Whether a date's month and day exist (`2024-02-30` does not); the year alone, or
 * a year and month, only need a month from 1 to 12.
 */
export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y ?? 0, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date as the format writes it: what `isoDateSchema` accepts.
 * @example isIsoDate('2024-06') // true
 * @example isIsoDate('2024-13') // false
 */
export function isIsoDate(value: string): boolean {
  return ISO_DATE_PATTERN.test(value) && isCalendarDate(value);
}
