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
const texts = new Map<string, OpenedText>();

/** An opened file's text, and the Annotate draft it was written from, if it was. */
export interface OpenedText {
  name: string;
  text: string;
  /** The name of the draft (kept in this browser) the file was made from. */
  draft?: string;
}

/**
 * The text of a dataset file the analyst chose or dropped: refused, with a message
 * naming the file, when it is larger than the app opens or is not UTF-8.
 */
export async function readLocalDatasetFile(file: File): Promise<string> {
  if (file.size > MAX_DATASET_BYTES) {
    throw new DatasetLoadError(
      `“${file.name}” is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MiB, the most the app opens.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new DatasetLoadError(`“${file.name}” is not UTF-8 text.`);
  }
}

/**
 * Reads a local file the analyst chose or dropped, or Annotate wrote from a draft
 * (named, so a link to its view can say where it lives); returns its content hash.
 */
export async function rememberOpenedFile(file: File, draft?: string): Promise<OpenedFile> {
  const text = await readLocalDatasetFile(file);
  const version = contentHash(text);
  texts.set(
    version,
    draft === undefined ? { name: file.name, text } : { name: file.name, text, draft },
  );
  return { name: file.name, version };
}

/** The text of an opened file, by its content hash. */
export function openedFileText(version: string): OpenedText | undefined {
  return texts.get(version);
}
