const UNSAFE = /[^a-z0-9]+/g;
const MAX_PART_LENGTH = 60;

/** A name part folded to lower-case ASCII letters and digits joined by hyphens. */
function safePart(text: string): string {
  const folded = text
    .toLocaleLowerCase('en')
    // Decomposed, so "ş" keeps its "s" and "İ" its "i" when the marks are dropped.
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(UNSAFE, '-')
    .replace(/^-+|-+$/g, '');
  return folded.slice(0, MAX_PART_LENGTH).replace(/-+$/, '');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar day of a moment on the analyst's clock, as YYYY-MM-DD.
 * @example localDay(new Date(2026, 10, 28, 23, 30)) // '2026-11-28'
 */
export function localDay(moment: Date): string {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/**
 * The name of an exported file: the dataset, the day, what it holds, the format.
 * Only lower-case letters, digits, hyphens and one dot, so it is safe on every
 * file system and in every shell; an empty part is left out.
 * @example exportFileName('lavrov-choe', new Date(2026, 10, 28), 'relations', 'csv')
 * // 'lavrov-choe-2026-11-28-relations.csv'
 */
export function exportFileName(
  datasetId: string,
  day: Date,
  contents: string,
  extension: string,
): string {
  const stem = [safePart(datasetId) || 'dataset', localDay(day), safePart(contents)]
    .filter((part) => part !== '')
    .join('-');
  return `${stem}.${safePart(extension) || 'txt'}`;
}
