// npm run data:import -- --format <gdelt|acled|icews|csv|gexf|graphml> <files…> --out <dataset.json>
//   [--mentions <files…>] [--into <existing.json>] [--id <id>] [--title "…"] [--actors RUS,PRK,USA]
//   [--max-citations N] [--synthetic]
// Streams each file through papaparse row by row (bounded memory), builds a dataset
// that cites its sources and quotes nothing, optionally merges it into an existing
// dataset, and prints what it did. The file is written — to a temporary file, then
// renamed — only when the result passes the checks of data:check; otherwise nothing
// is written and the exit code is 1.
import { once } from 'node:events';
import { createReadStream, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import {
  IMPORT_FORMATS,
  type Dataset,
  type ImportFormat,
} from '../src/domain/dataset/datasetSchema.ts';
import { formatPath, validateDataset } from '../src/domain/dataset/validateDataset.ts';
import { idOf } from '../src/domain/import/eventDatasetBuilder.ts';
import { formatImportReport, type ImportReport } from '../src/domain/import/importReport.ts';
import { IMPORTERS } from '../src/domain/import/importers.ts';
import { mergeDatasets } from '../src/domain/import/mergeDatasets.ts';
import type { FileRole, RowFormat, RowImporter } from '../src/domain/import/rowImporter.ts';

const USAGE =
  'usage: npm run data:import -- --format <gdelt|acled|icews|csv|gexf|graphml> <files…> --out <dataset.json> [--mentions <files…>] [--into <existing.json>] [--id <id>] [--title "…"] [--actors RUS,PRK,USA]';

/** Streams one file into the importer: bytes → UTF-8 (strict) → papaparse → rows. */
async function feedFile(
  format: RowFormat,
  importer: RowImporter,
  path: string,
  role: FileRole,
): Promise<void> {
  importer.beginFile(basename(path), role);
  const { delimiter, quoteChar } = format.parsing(role);
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter, quoteChar, skipEmptyLines: true });
  parser.on('data', (row: string[]) => importer.row(row));
  const ended = once(parser, 'end');
  // fatal: bytes that are not UTF-8 stop the file with a message instead of becoming "�".
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(path)) {
      const buffer = chunk as Buffer;
      let text: string;
      try {
        text = decoder.decode(buffer, { stream: true });
      } catch {
        importer.refuseFile(
          `not UTF-8 text (a bad byte within bytes ${bytes}–${bytes + buffer.length}); the rows before it were read`,
        );
        break;
      }
      bytes += buffer.length;
      if (!parser.write(text)) await once(parser, 'drain');
    }
  } catch (error) {
    importer.refuseFile(`cannot be read (${(error as Error).message})`);
  }
  parser.end();
  await ended;
  importer.endFile();
}

function fail(lines: string[]): number {
  for (const line of lines) console.error(line);
  return 1;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        mentions: { type: 'string', multiple: true },
        into: { type: 'string' },
        id: { type: 'string' },
        title: { type: 'string' },
        actors: { type: 'string' },
        'max-citations': { type: 'string' },
        synthetic: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail([(error as Error).message, USAGE]);
  }
  const { values, positionals } = parsed;
  // --mentions takes the files after it up to the next option; parseArgs gives one each.
  const format = values.format as ImportFormat | undefined;
  if (format === undefined || !IMPORT_FORMATS.includes(format) || values.out === undefined) {
    return fail([USAGE]);
  }
  const importer = IMPORTERS[format];
  if (importer.input !== 'rows') {
    return fail([`--format ${format} is not available in this build`]);
  }
  const mentionFiles = values.mentions ?? [];
  if (positionals.length === 0) return fail(['no input files', USAGE]);
  const actors = values.actors
    ?.split(',')
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  if (actors?.some((code) => !/^[A-Z]{3}$/.test(code)) === true) {
    return fail(['--actors takes ISO 3166-1 alpha-3 codes: RUS,PRK,USA']);
  }
  const maxCitations =
    values['max-citations'] === undefined ? undefined : Number(values['max-citations']);
  if (maxCitations !== undefined && !(Number.isInteger(maxCitations) && maxCitations >= 1)) {
    return fail(['--max-citations takes a whole number from 1']);
  }
  const id = values.id ?? (idOf(basename(values.out, '.json')) || 'imported');
  const started = performance.now();
  const rows = importer.create({
    id,
    title:
      values.title ??
      `Imported from ${format.toUpperCase()}: ${positionals.map((f) => basename(f)).join(', ')}`,
    actors: actors ?? null,
    synthetic: values.synthetic,
    ...(maxCitations === undefined ? {} : { maxCitationsPerRelation: maxCitations }),
  });
  for (const file of positionals) await feedFile(importer, rows, file, 'events');
  for (const file of mentionFiles) await feedFile(importer, rows, file, 'mentions');
  const { dataset: made, report } = rows.finish();
  const seconds = (performance.now() - started) / 1000;

  let dataset: Dataset = made;
  let fullReport: ImportReport = report;
  if (values.into !== undefined) {
    let existing: unknown;
    try {
      existing = JSON.parse(readFileSync(values.into, 'utf8'));
    } catch (error) {
      return fail([`--into ${values.into}: cannot be read as JSON (${(error as Error).message})`]);
    }
    const checked = validateDataset(existing);
    if (!checked.ok) {
      return fail([
        `--into ${values.into} does not pass data:check:`,
        ...checked.problems.slice(0, 20).map((p) => `  ${formatPath(p.path)}: ${p.message}`),
      ]);
    }
    const merged = mergeDatasets(checked.dataset, made);
    dataset = merged.dataset;
    fullReport = { ...report, merge: merged.report };
  }
  for (const line of formatImportReport(fullReport)) console.log(line);
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `read ${fullReport.rowsRead} rows in ${seconds.toFixed(2)} s (${Math.round(fullReport.rowsRead / Math.max(seconds, 1e-6))} rows/s), peak RSS ${rss.toFixed(0)} MB`,
  );

  const fileProblems = fullReport.problems.filter((problem) => problem.row === null);
  if (fileProblems.length > 0) {
    return fail([
      'nothing written: some files could not be read',
      ...fileProblems.map((p) => `  ${p.file}: ${p.message}`),
    ]);
  }
  const result = validateDataset(dataset);
  if (!result.ok) {
    return fail([
      'nothing written: the result does not pass data:check',
      ...result.problems.slice(0, 20).map((p) => `  ${formatPath(p.path)}: ${p.message}`),
    ]);
  }
  // A temporary file beside the target, renamed over it: never a half-written dataset.
  const temporary = join(dirname(values.out), `.${basename(values.out)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, `${JSON.stringify(dataset, null, 2)}\n`);
    renameSync(temporary, values.out);
  } catch (error) {
    rmSync(temporary, { force: true });
    return fail([`nothing written: ${(error as Error).message}`]);
  }
  console.log(`wrote ${values.out}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
