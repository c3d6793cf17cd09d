import { useRef, useState } from 'react';
import { importInWorker, readImportFile } from '../../dataset/importInWorker.ts';
import type { ColumnMapping } from '../../domain/import/graphFiles/csvTables.ts';
import { proposeColumnMapping, tableHeaders } from '../../domain/import/graphFiles/csvTables.ts';
import {
  DEFAULT_GRAPH_IMPORT_OPTIONS,
  type GraphImportOptions,
  type GraphImportResult,
} from '../../domain/import/graphFiles/graphFileDataset.ts';
import { importerFor, sortTables, type FileImporter } from '../../domain/import/fileImporters.ts';

export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'running'; step: 'reading' | 'checking' }
  | { kind: 'done'; result: GraphImportResult }
  | { kind: 'cancelled' }
  | {
      kind: 'error';
      key: 'unknownFormat' | 'tooLarge' | 'notUtf8' | 'failed';
      name: string;
      message?: string;
      format?: string;
    };

export interface ImportTable {
  name: string;
  kind: 'nodes' | 'edges';
  headers: string[];
}

/**
 * The state of the Import dialog: the files read, the importer that reads them, the
 * analyst's column mappings and default kinds, and the import run in a worker (with
 * Cancel). The preview is the import itself; confirming opens its result.
 */
export function useGraphImport() {
  const [files, setFiles] = useState<{ name: string; text: string }[]>([]);
  const [importer, setImporter] = useState<FileImporter | null>(null);
  const [tables, setTables] = useState<ImportTable[]>([]);
  const [mappings, setMappings] = useState<{ nodes?: ColumnMapping; edges?: ColumnMapping }>({});
  const [options, setOptions] = useState<GraphImportOptions>(DEFAULT_GRAPH_IMPORT_OPTIONS);
  const [status, setStatus] = useState<ImportStatus>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const run = (
    chosen: FileImporter,
    read: { name: string; text: string }[],
    mapped: typeof mappings,
    choices: GraphImportOptions,
  ) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: 'running', step: 'reading' });
    importInWorker(
      chosen.format,
      { files: read, options: choices, mappings: mapped },
      (step) => setStatus({ kind: 'running', step }),
      controller.signal,
    ).then(
      (result) => setStatus({ kind: 'done', result }),
      (error: unknown) => {
        if (controller.signal.aborted) setStatus({ kind: 'cancelled' });
        else setStatus({ kind: 'error', key: 'failed', name: '', message: String(error) });
      },
    );
  };

  const choose = async (chosen: readonly File[]) => {
    const first = chosen[0];
    if (first === undefined) return;
    const read: { name: string; text: string }[] = [];
    for (const file of chosen) {
      try {
        read.push(await readImportFile(file));
      } catch (error) {
        const key =
          error instanceof Error && error.message === 'too-large' ? 'tooLarge' : 'notUtf8';
        // Its first bytes say the format (a 1 GB GDELT day is known by its columns).
        const head = await file.slice(0, 4096).text();
        const format = importerFor(file.name, head)?.format ?? 'csv';
        setStatus({ kind: 'error', key, name: file.name, format });
        return;
      }
    }
    const found = importerFor(first.name, read[0]?.text.slice(0, 512) ?? '');
    if (found === undefined) {
      setStatus({ kind: 'error', key: 'unknownFormat', name: first.name });
      return;
    }
    const sorted = found.hasColumnMapping ? sortTables(read) : {};
    const foundTables: ImportTable[] = [];
    const proposed: typeof mappings = {};
    for (const kind of ['nodes', 'edges'] as const) {
      const table = sorted[kind];
      if (table === undefined) continue;
      const headers = tableHeaders(table.text);
      foundTables.push({ name: table.name, kind, headers });
      proposed[kind] = proposeColumnMapping(headers, kind);
    }
    setFiles(read);
    setImporter(found);
    setTables(foundTables);
    setMappings(proposed);
    run(found, read, proposed, options);
  };

  return {
    files,
    importer,
    tables,
    mappings,
    options,
    status,
    choose,
    setMapping: (kind: 'nodes' | 'edges', mapping: ColumnMapping) =>
      setMappings((current) => ({ ...current, [kind]: mapping })),
    setOptions,
    preview: () => {
      if (importer !== null) run(importer, files, mappings, options);
    },
    cancel: () => abort.current?.abort(),
  };
}
