import type { ImportFormat } from '../domain/dataset/datasetSchema.ts';
import type { ImportInput } from '../domain/import/fileImporters.ts';
import type { GraphImportResult } from '../domain/import/graphFiles/graphFileDataset.ts';

/** What the import worker says while it works, and when it is done. */
export type ImportMessage =
  { type: 'progress'; step: 'reading' | 'checking' } | { type: 'done'; result: GraphImportResult };

/**
 * The largest file the browser imports. Past it, the Node command streams the file
 * (`npm run data:import`), in bounded memory.
 */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

/**
 * Runs an import in a worker, so a large table does not freeze the page. `onStep`
 * hears each step; the signal (Cancel) ends the worker at once.
 */
export function importInWorker(
  format: ImportFormat,
  input: ImportInput,
  onStep: (step: 'reading' | 'checking') => void,
  signal: AbortSignal,
): Promise<GraphImportResult> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', stop, { once: true });
    const finish = () => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      if (event.data.type === 'progress') {
        onStep(event.data.step);
        return;
      }
      finish();
      resolve(event.data.result);
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message));
    };
    worker.postMessage({ format, input });
  });
}

/** Reads a chosen file as UTF-8 text, refusing one too large for the browser or not UTF-8. */
export async function readImportFile(file: File): Promise<{ name: string; text: string }> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new Error(`too-large`);
  }
  try {
    return {
      name: file.name,
      text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()),
    };
  } catch {
    throw new Error('not-utf8');
  }
}
