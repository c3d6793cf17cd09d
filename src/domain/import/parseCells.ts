/**
 * Reads a whole number from a cell; null when the cell is empty or not one.
 * @example intCell('042') // 42
 */
export function intCell(cell: string | undefined): number | null {
  const text = cell?.trim() ?? '';
  if (!/^-?\d+$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * Reads a decimal number from a cell; null when the cell is empty or not one.
 * @example numberCell('-2.5') // -2.5
 */
export function numberCell(cell: string | undefined): number | null {
  const text = cell?.trim() ?? '';
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  return Number(text);
}

/**
 * A day as YYYY-MM-DD from YYYYMMDD (GDELT's SQLDATE, or the first eight digits of
 * a YYYYMMDDHHMMSS stamp) or from YYYY-MM-DD; null when it is not a calendar day.
 * @example dayCell('20240619') // '2024-06-19'
 */
export function dayCell(cell: string | undefined): string | null {
  const text = cell?.trim() ?? '';
  const match = /^(\d{4})-?(\d{2})-?(\d{2})(\d{6})?$/.exec(text);
  if (match === null) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d)
  ) {
    return null;
  }
  return `${y}-${m}-${d}`;
}

/** A trimmed cell, or null when empty. Text is kept as text: "=cmd|…" is never evaluated. */
export function textCell(cell: string | undefined): string | null {
  const text = cell?.trim() ?? '';
  return text === '' ? null : text;
}

/**
 * Where an event took place, from a row's latitude and longitude cells and the names
 * of its place, finest first ("Port Alder", "North Veld", "Arden" → "Port Alder,
 * North Veld, Arden"); undefined when the coordinates are missing or off the globe.
 * @example locationCell('39.03', '125.75', ['Pyongyang', null]) // { name: 'Pyongyang', latitude: 39.03, longitude: 125.75 }
 */
export function locationCell(
  latitudeCell: string | undefined,
  longitudeCell: string | undefined,
  names: readonly (string | undefined)[],
): { name: string | null; latitude: number; longitude: number } | undefined {
  const latitude = numberCell(latitudeCell);
  const longitude = numberCell(longitudeCell);
  if (latitude === null || longitude === null) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  const place = names.map(textCell).filter((part) => part !== null);
  return { name: place.length === 0 ? null : place.join(', '), latitude, longitude };
}
