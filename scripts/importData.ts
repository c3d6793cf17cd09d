// npm run data:import -- --format <gdelt|acled|icews|csv|gexf|graphml> <files…> --out <dataset.json>
//   [--mentions <files…>] [--nodes <file> --edges <file>] [--into <existing.json>] [--id <id>]
//   [--title "…"] [--actors RUS,PRK,USA] [--max-citations N] [--entity-kind K] [--relation-kind K]
//   [--synthetic]
// Event files (GDELT, ACLED, ICEWS) stream through papaparse row by row (bounded
// memory); graph files (Gephi CSV/TSV tables, GEXF, GraphML) are read whole, as their
// parsers need. Either way the dataset cites its sources and quotes nothing; it may be
// merged into an existing dataset, and the command prints what it did. The file is written — to a temporary file, then
// renamed — only when the result passes the checks of data:check; otherwise nothing
// is written and the exit code is 1.
import { once } from 'node:events';
import { createReadStream, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import {
  ENTITY_KINDS,
  IMPORT_FORMATS,
  type Dataset,
  type EntityKind,
  type ImportFormat,
} from '../src/domain/dataset/datasetSchema.ts';
import { formatPath, validateDataset } from '../src/domain/dataset/validateDataset.ts';
import { idOf } from '../src/domain/import/eventDatasetBuilder.ts';
import { formatImportReport, type ImportReport } from '../src/domain/import/importReport.ts';
import { IMPORTERS } from '../src/domain/import/importers.ts';
import { runImport } from '../src/domain/import/fileImporters.ts';
import { DEFAULT_GRAPH_IMPORT_OPTIONS } from '../src/domain/import/graphFiles/graphFileDataset.ts';
import { RELATION_KIND_IDS, type RelationKind } from '../src/domain/relations/relationKinds.ts';
import { mergeDatasets } from '../src/domain/import/mergeDatasets.ts';
import type { FileRole, RowFormat, RowImporter } from '../src/domain/import/rowImporter.ts';

const USAGE =
  'usage: npm run data:import -- --format <gdelt|acled|icews|csv|gexf|graphml> <files…> --out <dataset.json> [--mentions <files…>] [--nodes <file> --edges <file>] [--into <existing.json>] [--id <id>] [--title "…"] [--actors RUS,PRK,USA] [--entity-kind state] [--relation-kind pursues-policy-toward]';

/** Reads a graph file whole, as strict UTF-8: a bad byte is named, never turned into "�". */
function readGraphFile(path: string): { name: string; text: string } | string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
    return { name: basename(path), text: text.replace(/^\uFEFF/, '') };
  } catch (error) {
    return error instanceof TypeError
      ? `${path}: not UTF-8 text`
      : `${path}: cannot be read (${(error as Error).message})`;
  }
}

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
        nodes: { type: 'string' },
        edges: { type: 'string' },
        'entity-kind': { type: 'string' },
        'relation-kind': { type: 'string' },
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
  const mentionFiles = values.mentions ?? [];
  const graphFiles = [
    ...(values.nodes === undefined ? [] : [values.nodes]),
    ...positionals,
    ...(values.edges === undefined ? [] : [values.edges]),
  ];
  if (importer.input === 'rows' && (values.nodes ?? values.edges) !== undefined)
    return fail([`--nodes and --edges are for graph tables (--format csv), not ${format}`]);
  if (importer.input === 'file' && mentionFiles.length > 0)
    return fail([`--mentions is for GDELT, not ${format}`]);
  if ((importer.input === 'rows' ? positionals : graphFiles).length === 0)
    return fail(['no input files', USAGE]);
  const entityKind = values['entity-kind'] ?? DEFAULT_GRAPH_IMPORT_OPTIONS.defaultEntityKind;
  if (!(ENTITY_KINDS as readonly string[]).includes(entityKind))
    return fail([`--entity-kind takes one of ${ENTITY_KINDS.join(', ')}`]);
  const relationKind = values['relation-kind'] ?? DEFAULT_GRAPH_IMPORT_OPTIONS.defaultRelationKind;
  if (!(RELATION_KIND_IDS as readonly string[]).includes(relationKind))
    return fail([`--relation-kind takes one of ${RELATION_KIND_IDS.join(', ')}`]);
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
  const title =
    values.title ??
    `Imported from ${format.toUpperCase()}: ${(importer.input === 'rows' ? positionals : graphFiles).map((f) => basename(f)).join(', ')}`;
  let made: Dataset;
  let report: ImportReport;
  if (importer.input === 'rows') {
    const rows = importer.create({
      id,
      title,
      actors: actors ?? null,
      synthetic: values.synthetic,
      ...(maxCitations === undefined ? {} : { maxCitationsPerRelation: maxCitations }),
    });
    for (const file of positionals) await feedFile(importer, rows, file, 'events');
    for (const file of mentionFiles) await feedFile(importer, rows, file, 'mentions');
    ({ dataset: made, report } = rows.finish());
  } else {
    const read = graphFiles.map(readGraphFile);
    const unreadable = read.filter((file) => typeof file === 'string');
    if (unreadable.length > 0)
      return fail(['nothing written:', ...unreadable.map((problem) => `  ${problem}`)]);
    const files = read.filter((file) => typeof file !== 'string');
    const result = runImport(format, {
      files,
      options: {
        defaultEntityKind: entityKind as EntityKind,
        defaultRelationKind: relationKind as RelationKind,
        id,
        title,
        synthetic: values.synthetic,
      },
    });
    if (result.dataset === null) {
      for (const line of formatImportReport(result.report)) console.log(line);
      return fail([
        'nothing written: no valid dataset could be made',
        ...result.report.problems
          .filter((problem) => problem.row === null)
          .map((problem) => `  ${problem.message}`),
      ]);
    }
    made = result.dataset;
    report = result.report;
  }
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
