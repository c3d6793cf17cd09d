/** A cell: text, a number, or null for nothing known (an empty cell). */
export type CsvCell = string | number | null;

/** Excel and LibreOffice read a UTF-8 file as UTF-8 (Turkish letters intact) only with this mark. */
const BYTE_ORDER_MARK = '\uFEFF';

// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return
// before one) as a formula: an excerpt like "=HYPERLINK(…)" from a hostile article
// would become a live link or command in the analyst's spreadsheet ("CSV
// injection", OWASP). A leading apostrophe makes it text and shows as nothing.
const FORMULA_START = /^[=+\-@\t\r]/;

// RFC 4180: a field with a comma, a double quote or a line break is quoted, and
// quotes inside it are doubled.
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell as CSV: guarded against formula injection, quoted per RFC 4180.
 * @example csvCell('=1+1') // "'=1+1"
 * @example csvCell('Rusya, "Batı"') // '"Rusya, ""Batı"""'
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as the text of a CSV file: a byte order mark, then each row's cells
 * separated by commas, each row ended by CRLF (RFC 4180).
 * @example csvText([['id', 'name'], ['russia', 'Rusya']]) // '\uFEFFid,name\r\nrussia,Rusya\r\n'
 */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
