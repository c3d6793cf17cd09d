import { runImport, type ImportInput } from '../domain/import/fileImporters.ts';
import type { ImportFormat } from '../domain/dataset/datasetSchema.ts';
import type { ImportMessage } from './importInWorker.ts';

// Imports a graph or event file off the main thread; see importInWorker.
self.onmessage = (event: MessageEvent<{ format: ImportFormat; input: ImportInput }>) => {
  const post = (message: ImportMessage) => self.postMessage(message);
  post({ type: 'progress', step: 'reading' });
  const result = runImport(event.data.format, event.data.input);
  post({ type: 'progress', step: 'checking' });
  post({ type: 'done', result });
};
