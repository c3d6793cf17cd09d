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
