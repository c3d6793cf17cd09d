import Papa from 'papaparse';

/** A cell: text, a number, or null for nothing known (an empty cell). */
export type CsvCell = string | number | null;

/** Excel and LibreOffice read a UTF-8 file as UTF-8 (Turkish letters intact) only with this mark. */
const BYTE_ORDER_MARK = '\uFEFF';

// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return
// before one) as a formula: an excerpt like "=HYPERLINK(…)" from a hostile article
// would become a live link or command in the analyst's spreadsheet ("CSV
// injection", OWASP). A leading apostrophe makes it text and shows as nothing.
const FORMULA_START = /^[=+\-@\t\r]/;

const UNPARSE_CONFIG = {
  escapeFormulae: FORMULA_START,
  newline: '\r\n',
  quoteChar: '"',
  delimiter: ',',
} as const;

function unparseable(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return cell;
}

/**
 * One cell as CSV, through papaparse: guarded against formula injection, quoted per RFC 4180.
 * @example csvCell('=1+1') // `"'=1+1"`
 * @example csvCell('Rusya, "Batı"') // '"Rusya, ""Batı"""'
 */
export function csvCell(cell: CsvCell): string {
  return Papa.unparse([[unparseable(cell)]], UNPARSE_CONFIG);
}

/**
 * Rows as the text of a CSV file, written by papaparse: a byte order mark, then each
 * row's cells separated by commas, each row ended by CRLF (RFC 4180).
 * @example csvText([['id', 'name'], ['russia', 'Rusya']]) // '\uFEFFid,name\r\nrussia,Rusya\r\n'
 */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return BYTE_ORDER_MARK;
  const cells = rows.map((row) => row.map(unparseable));
  return `${BYTE_ORDER_MARK}${Papa.unparse(cells, UNPARSE_CONFIG)}\r\n`;
}
