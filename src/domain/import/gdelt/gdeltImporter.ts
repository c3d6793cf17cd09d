import { EventDatasetBuilder } from '../eventDatasetBuilder.ts';
import type { FileRole, ImportOptions, RowFormat, RowImporter } from '../rowImporter.ts';
import {
  GDELT1_EARLY_EVENT_COLUMNS,
  GDELT1_EVENT_COLUMNS,
  GDELT2_EVENT_COLUMNS,
  GDELT_MENTION_COLUMNS,
  REQUIRED_EVENT_COLUMNS,
  REQUIRED_MENTION_COLUMNS,
} from './gdeltColumns.ts';
import { gdeltEventOf, gdeltMentionOf, type CellReader } from './gdeltRows.ts';

interface Layout {
  index: Map<string, number>;
  width: number;
}

function layoutOf(columns: readonly string[]): Layout {
  return { index: new Map(columns.map((name, i) => [name, i])), width: columns.length };
}

const LAYOUTS_BY_WIDTH = new Map<number, { layout: Layout; name: string }>([
  [61, { layout: layoutOf(GDELT2_EVENT_COLUMNS), name: 'GDELT 2.0 events' }],
  [58, { layout: layoutOf(GDELT1_EVENT_COLUMNS), name: 'GDELT 1.0 events' }],
  [
    57,
    { layout: layoutOf(GDELT1_EARLY_EVENT_COLUMNS), name: 'GDELT 1.0 events (before April 2013)' },
  ],
]);
const MENTIONS = layoutOf(GDELT_MENTION_COLUMNS);

/**
 * Reads GDELT events files (2.0's 61 columns, 1.0's 58 or 57; tab-separated, with or
 * without a header row) and mentions files (16 columns), joined on GLOBALEVENTID.
 * Events files must come before the mentions files that cite them.
 */
class GdeltImporter implements RowImporter {
  private readonly builder: EventDatasetBuilder;
  private file = '';
  private role: FileRole = 'events';
  private layout: Layout | 'refused' | null = null;
  private row_ = 0;

  constructor(options: ImportOptions) {
    this.builder = new EventDatasetBuilder({
      ...options,
      format: 'gdelt',
      annotatedBy: 'GDELT (imported by data:import)',
    });
  }

  beginFile(name: string, role: FileRole): void {
    this.file = name;
    this.role = role;
    this.layout = null;
    this.row_ = 0;
    this.builder.beginFile(name, role);
  }

  row(cells: string[]): void {
    if (this.layout === 'refused') return;
    if (this.layout === null) {
      this.layout = this.firstRow(cells);
      // A header row is not a data row.
      if (this.layout === 'refused' || isHeader(cells)) return;
    }
    this.row_ += 1;
    this.builder.countRow();
    const layout = this.layout;
    if (cells.length !== layout.width) {
      this.builder.report.leave(
        this.file,
        this.row_,
        'wrong number of columns (a truncated or malformed line)',
        `${cells.length}, expected ${layout.width}`,
      );
      return;
    }
    const cell: CellReader = (column) => {
      const at = layout.index.get(column);
      return at === undefined ? undefined : cells[at];
    };
    if (this.role === 'events') {
      const event = gdeltEventOf(cell, this.file, this.row_);
      if (typeof event === 'string') this.builder.report.leave(this.file, this.row_, event);
      else this.builder.addEvent(event);
    } else {
      const mention = gdeltMentionOf(cell, this.file, this.row_);
      if (typeof mention === 'string') this.builder.report.leave(this.file, this.row_, mention);
      else this.builder.addMention(mention.eventId, mention.cited);
    }
  }

  endFile(): void {
    if (this.layout === null) this.builder.report.leave(this.file, null, 'empty file: no rows');
  }

  refuseFile(reason: string): void {
    this.builder.report.leave(this.file, null, reason);
    this.layout = 'refused';
  }

  finish() {
    return this.builder.finish();
  }

  private firstRow(cells: string[]): Layout | 'refused' {
    const refuse = (reason: string) => {
      this.builder.report.leave(this.file, null, reason);
      return 'refused' as const;
    };
    if (isHeader(cells)) {
      const names = cells.map((cell) => cell.trim());
      const required = this.role === 'events' ? REQUIRED_EVENT_COLUMNS : REQUIRED_MENTION_COLUMNS;
      const missing = required.filter((name) => !names.includes(name));
      if (missing.length > 0) {
        if (this.role === 'events' && names.includes('MentionType'))
          return refuse('this is a GDELT mentions file: pass it with --mentions');
        if (this.role === 'mentions' && names.includes('EventCode'))
          return refuse('this is a GDELT events file, not a mentions file');
        return refuse(`header lacks GDELT columns: ${missing.join(', ')}`);
      }
      return layoutOf(names);
    }
    if (cells.length === 1 && cells[0]?.includes(',') === true) {
      return refuse('not tab-separated: a comma-separated file (ACLED? use --format acled)');
    }
    if (this.role === 'mentions') {
      if (cells.length === MENTIONS.width) return MENTIONS;
      if (LAYOUTS_BY_WIDTH.has(cells.length))
        return refuse('this is a GDELT events file, not a mentions file');
      return refuse(`not a GDELT mentions file: ${cells.length} columns, expected 16`);
    }
    const known = LAYOUTS_BY_WIDTH.get(cells.length);
    if (known !== undefined) return known.layout;
    if (cells.length === MENTIONS.width)
      return refuse('this is a GDELT mentions file: pass it with --mentions');
    return refuse(
      `not a GDELT events file: ${cells.length} columns, expected 61 (2.0) or 58/57 (1.0)`,
    );
  }
}

function isHeader(cells: string[]): boolean {
  return cells[0]?.trim().toUpperCase() === 'GLOBALEVENTID';
}

/** GDELT 2.0 and 1.0 events, with 2.0 mentions. */
export const gdeltFormat: RowFormat = {
  format: 'gdelt',
  input: 'rows',
  // GDELT's files are tab-separated and never quoted: a quote in a name is text.
  parsing: () => ({ delimiter: '\t', quoteChar: '\u0000' }),
  create: (options) => new GdeltImporter(options),
};
