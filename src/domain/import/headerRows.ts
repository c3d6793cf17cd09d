import type { ImportFormat } from '../dataset/datasetSchema.ts';
import type { CodedEvent } from './codedEvent.ts';
import { EventDatasetBuilder } from './eventDatasetBuilder.ts';
import type { FileRole, ImportOptions, RowFormat, RowImporter, RowParsing } from './rowImporter.ts';

/** Reads a cell by its column's name in the file's header row. */
export type NamedCell = (column: string) => string | undefined;

/** A coded-event format whose files start with a header row naming their columns (ACLED, ICEWS). */
export interface HeaderRowSpec {
  format: ImportFormat;
  /** The format's name in messages: "ACLED". */
  name: string;
  /** Who made the cited articles' records, as the dataset says it. */
  annotatedBy: string;
  parsing: RowParsing;
  /** Columns a file must name; the others are read when present. */
  required: readonly string[];
  /** The event a row records, or why it cannot be read. */
  eventOf(cell: NamedCell, file: string, row: number): CodedEvent | string;
}

/** What another format's header looks like, so a file given as the wrong one is named. */
const OTHER_FORMATS: readonly { column: string; format: ImportFormat; name: string }[] = [
  { column: 'GLOBALEVENTID', format: 'gdelt', name: 'GDELT' },
  { column: 'event_id_cnty', format: 'acled', name: 'an ACLED export' },
  { column: 'CAMEO Code', format: 'icews', name: 'ICEWS coded events' },
];

/** Header cells as names: trimmed, without a byte-order mark. */
const headerNames = (cells: readonly string[]) =>
  cells.map((cell, i) => (i === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim());

/**
 * Imports a header-row format row by row into the shared event builder: the header
 * says where each column is, a row with another number of cells is left out (a
 * truncated or malformed line), and a file whose header lacks the format's columns
 * is refused, naming the format it looks like when it looks like one.
 */
class HeaderRowImporter implements RowImporter {
  private readonly builder: EventDatasetBuilder;
  private file = '';
  private columns: Map<string, number> | 'refused' | null = null;
  private width = 0;
  private row_ = 0;

  constructor(
    private readonly spec: HeaderRowSpec,
    options: ImportOptions,
  ) {
    this.builder = new EventDatasetBuilder({
      ...options,
      format: spec.format,
      annotatedBy: spec.annotatedBy,
    });
  }

  beginFile(name: string, role: FileRole): void {
    this.file = name;
    this.columns = null;
    this.row_ = 0;
    this.builder.beginFile(name, role);
  }

  row(cells: string[]): void {
    if (this.columns === 'refused') return;
    if (this.columns === null) {
      this.columns = this.header(cells);
      return;
    }
    // A blank last line is no row.
    if (cells.length === 1 && cells[0]!.trim() === '') return;
    this.row_ += 1;
    this.builder.countRow();
    if (cells.length !== this.width) {
      this.builder.report.leave(
        this.file,
        this.row_,
        'wrong number of columns (a truncated or malformed line)',
        `${cells.length}, expected ${this.width}`,
      );
      return;
    }
    const columns = this.columns;
    const cell: NamedCell = (column) => {
      const at = columns.get(column);
      return at === undefined ? undefined : cells[at];
    };
    const event = this.spec.eventOf(cell, this.file, this.row_);
    if (typeof event === 'string') this.builder.report.leave(this.file, this.row_, event);
    else this.builder.addEvent(event);
  }

  endFile(): void {
    if (this.columns === null) this.builder.report.leave(this.file, null, 'empty file: no rows');
  }

  refuseFile(reason: string): void {
    this.builder.report.leave(this.file, null, reason);
    this.columns = 'refused';
  }

  finish() {
    return this.builder.finish();
  }

  private header(cells: readonly string[]): Map<string, number> | 'refused' {
    const names = headerNames(cells);
    const missing = this.spec.required.filter((column) => !names.includes(column));
    if (missing.length === 0) {
      this.width = names.length;
      return new Map(names.map((name, i) => [name, i]));
    }
    const other = OTHER_FORMATS.find(
      (known) => known.format !== this.spec.format && names.includes(known.column),
    );
    const gdeltWithoutHeader = /^\d+$/.test(names[0] ?? '') && [57, 58, 61].includes(names.length);
    let reason = `header lacks ${this.spec.name} columns: ${missing.join(', ')}`;
    if (other !== undefined) reason = `this is ${other.name}: use --format ${other.format}`;
    else if (gdeltWithoutHeader) reason = 'this is a GDELT events file: use --format gdelt';
    else if (this.spec.parsing.delimiter === ',' && names[0]!.includes('\t'))
      reason = `not comma-separated: a tab-separated file (ICEWS? GDELT?), not ${this.spec.name}`;
    this.builder.report.leave(this.file, null, reason);
    return 'refused';
  }
}

/** A RowFormat for a header-row format. */
export function headerRowFormat(spec: HeaderRowSpec): RowFormat {
  return {
    format: spec.format,
    input: 'rows',
    parsing: () => spec.parsing,
    create: (options) => new HeaderRowImporter(spec, options),
  };
}
