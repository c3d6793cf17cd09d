import { contentHash } from '../domain/dataset/contentHash.ts';
import { DatasetLoadError } from './readDatasetText.ts';
import { MAX_DATASET_BYTES } from './fetchDatasetText.ts';

/** A dataset file the analyst opened in this tab: its name, and its content hash. */
export interface OpenedFile {
  name: string;
  version: string;
}

// The texts of files the analyst opened in this tab, by content hash. They exist
// nowhere else, which is why a link cannot carry them.
const texts = new Map<string, { name: string; text: string }>();

/** Reads a local file the analyst chose or dropped; returns its content hash. */
export async function rememberOpenedFile(file: File): Promise<OpenedFile> {
  if (file.size > MAX_DATASET_BYTES) {
    throw new DatasetLoadError(
      `“${file.name}” is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MiB, the most the app opens.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new DatasetLoadError(`“${file.name}” is not UTF-8 text.`);
  }
  const version = contentHash(text);
  texts.set(version, { name: file.name, text });
  return { name: file.name, version };
}

/** The text of an opened file, by its content hash. */
export function openedFileText(version: string): { name: string; text: string } | undefined {
  return texts.get(version);
}
