import { acledFormat } from './acled/acledImporter.ts';
import { checkImported } from './checkImported.ts';
import type { ImportInput } from './fileImporters.ts';
import { gdeltFormat } from './gdelt/gdeltImporter.ts';
import type { GraphImportResult } from './graphFiles/graphFileDataset.ts';
import { icewsFormat } from './icews/icewsImporter.ts';
import { importTexts } from './importTexts.ts';
import type { FileRole, RowFormat } from './rowImporter.ts';

/** An event format as the app's Import dialog sees it: how to know its files, and what each holds. */
export interface EventFileFormat {
  rows: RowFormat;
  /** The format's name in titles: "GDELT". */
  name: string;
  /** Whether a file's name and first characters say it is this format. */
  detects: (name: string, head: string) => boolean;
  /** Events, or (GDELT) mentions. */
  roleOf: (name: string, head: string) => FileRole;
}

const firstLine = (head: string) => head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
const tabCells = (head: string) => firstLine(head).split('\t');

/** GDELT's files: tab-separated, 57/58/61 event columns or 16 mention columns, or a header naming them. */
export const GDELT_FILES: EventFileFormat = {
  rows: gdeltFormat,
  name: 'GDELT',
  detects: (_name, head) => {
    const cells = tabCells(head);
    if (/^GLOBALEVENTID$/i.test(cells[0]?.trim() ?? '')) return true;
    return /^\d+$/.test(cells[0] ?? '') && [16, 57, 58, 61].includes(cells.length);
  },
  roleOf: (name, head) =>
    /mentions/i.test(name) ||
    tabCells(head).length === 16 ||
    firstLine(head).includes('\tMentionType\t')
      ? 'mentions'
      : 'events',
};

/** ACLED's CSV exports: a header with event_id_cnty. */
export const ACLED_FILES: EventFileFormat = {
  rows: acledFormat,
  name: 'ACLED',
  detects: (_name, head) => /(^|,)"?event_id_cnty"?(,|$)/.test(firstLine(head)),
  roleOf: () => 'events',
};

/** ICEWS coded events: a tab-separated header with CAMEO Code and Story ID. */
export const ICEWS_FILES: EventFileFormat = {
  rows: icewsFormat,
  name: 'ICEWS',
  detects: (_name, head) => {
    const cells = tabCells(head).map((cell) => cell.trim());
    return cells.includes('CAMEO Code') && cells.includes('Story ID');
  },
  roleOf: () => 'events',
};

/**
 * Imports event files given as text, as the app's worker does: each file's role
 * from its name and head, the builder's report as it is, and the result checked as
 * data:check checks (null when it fails, or when a whole file was refused).
 */
export function runEventImport(format: EventFileFormat, input: ImportInput): GraphImportResult {
  const { files, options } = input;
  const names = files.map((file) => file.name).join(', ');
  const { dataset, report } = importTexts(
    format.rows,
    files.map((file) => ({ ...file, role: format.roleOf(file.name, file.text.slice(0, 2048)) })),
    {
      id: options.id ?? `imported-${format.rows.format}`,
      title: options.title ?? `Imported from ${format.name}: ${names}`,
      synthetic: options.synthetic ?? false,
    },
  );
  const whole = (message: string) => ({ file: names, row: null, message });
  if (report.problems.some((p) => p.row === null) || dataset.relations.length === 0) {
    if (dataset.relations.length === 0 && !report.problems.some((p) => p.row === null))
      report.problems.push(whole('nothing to import: no row made a relation'));
    return { dataset: null, report };
  }
  const checked = checkImported(dataset);
  if (!checked.ok) {
    report.problems.push(...checked.messages.map(whole));
    return { dataset: null, report };
  }
  return { dataset: checked.dataset, report };
}
