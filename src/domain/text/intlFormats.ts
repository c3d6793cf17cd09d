// Making an Intl formatter costs far more than using one (tens of microseconds to
// a millisecond each, and the first of a locale loads its data): a timeline of a
// few hundred bars made one per label and spent 44 ms on it during a 5,000-entity
// load. Formatters are kept per language and options; there are only a handful.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A DateTimeFormat for a language and options, made once.
 * @example dateTimeFormat('en', { year: 'numeric' }).format(new Date(Date.UTC(2024, 0))) // '2024'
 */
export function dateTimeFormat(
  language: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const key = `${language}\u0000${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A NumberFormat for a language and options, made once.
 * @example numberFormat('tr').format(12500) // '12.500'
 */
export function numberFormat(
  language: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${language}\u0000${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(language, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** The UI's languages, which write whole numbers below 1,000 in plain Latin digits. */
const PLAIN_DIGITS = new Set(['en', 'tr']);

/**
 * A number as the language writes it. A whole number below 1,000 with no fraction
 * digits asked for is written as it is in the UI's languages, without Intl: the
 * page's first NumberFormat loads its locale data (27–72 ms in headless Chromium
 * here), which a small dataset's first frame then spends on counts like "14".
 * @example formatNumber('tr', 12500) // '12.500'
 * @example formatNumber('en', 14) // '14'
 * @example formatNumber('tr', 2, { minimumFractionDigits: 1 }) // '2,0'
 */
export function formatNumber(
  language: string,
  value: number,
  options: Pick<Intl.NumberFormatOptions, 'minimumFractionDigits' | 'maximumFractionDigits'> = {},
): string {
  if (
    Number.isInteger(value) &&
    value >= 0 &&
    value < 1000 &&
    (options.minimumFractionDigits ?? 0) === 0 &&
    PLAIN_DIGITS.has(language)
  )
    return String(value);
  return numberFormat(language, options).format(value);
}
