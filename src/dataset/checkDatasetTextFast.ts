import { datasetWarnings } from '../domain/dataset/datasetWarnings.ts';
import { visibleText } from '../domain/text/visibleText.ts';
import type { DatasetCheck, WorkerCheck } from './datasetCheck.ts';
import {
  validateDatasetFast,
  type DatasetValidation,
} from '../domain/dataset/validateDatasetFast.ts';

/** The text parsed as JSON, or why it is not JSON; never throws. */
export function parseDatasetText(text: string): { json: unknown } | DatasetCheck {
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    // A parser that recurses runs out of stack on deeply nested junk ("[[[[…").
    if (error instanceof RangeError)
      return { kind: 'not-json', message: 'it nests too deeply to be read' };
    // The parser's message quotes the text, which may hold bidi overrides.
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'not-json', message: visibleText(message, 200) };
  }
}

/** A validation as a check's outcome, with data:check's warnings on a valid dataset. */
export function checkOutcome(result: DatasetValidation): DatasetCheck {
  return result.ok
    ? { kind: 'valid', dataset: result.dataset, warnings: datasetWarnings(result.dataset) }
    : { kind: 'invalid', problems: result.problems };
}

/** The text parsed and checked without zod, or the parsed value the compiled check refused. */
function checkWithoutZod(text: string): { check: DatasetCheck } | { refused: unknown } {
  const parsed = parseDatasetText(text);
  return 'json' in parsed ? checkParsed(parsed.json) : { check: parsed };
}

/** A parsed value checked without zod, or the value the compiled check refused. */
function checkParsed(json: unknown): { check: DatasetCheck } | { refused: unknown } {
  const result = validateDatasetFast(json);
  return result === null ? { refused: json } : { check: checkOutcome(result) };
}

/**
 * checkDatasetText without zod (see validateDatasetFast): what loading a valid
 * dataset needs. Null when the compiled shape check refuses the dataset: then
 * zod says why (checkDatasetTextLoadingZod).
 */
export function checkDatasetTextFast(text: string): DatasetCheck | null {
  const step = checkWithoutZod(text);
  return 'check' in step ? step.check : null;
}

/**
 * checkDatasetText, with zod loaded only when the compiled check refuses the shape:
 * what the page runs. The text is parsed once.
 */
export async function checkDatasetTextLoadingZod(
  text: string,
  /** Awaited between the parse and the checks: a page splits a long check in tasks. */
  pause?: () => Promise<void>,
): Promise<DatasetCheck> {
  return (await checkLoadingZod(text, pause)).check;
}

/** checkDatasetTextLoadingZod as the check worker answers it (see WorkerCheck). */
export async function checkDatasetTextForWorker(text: string): Promise<WorkerCheck> {
  const { check, asParsed } = await checkLoadingZod(text);
  return asParsed && check.kind === 'valid'
    ? { kind: 'valid-as-parsed', warnings: check.warnings }
    : check;
}

/** The check, and whether a valid dataset is the parsed text itself (zod was not needed). */
async function checkLoadingZod(
  text: string,
  pause?: () => Promise<void>,
): Promise<{ check: DatasetCheck; asParsed: boolean }> {
  const parsed = parseDatasetText(text);
  if (!('json' in parsed)) return { check: parsed, asParsed: true };
  await pause?.();
  const step = checkParsed(parsed.json);
  if ('check' in step) return { check: step.check, asParsed: true };
  const { validateDatasetByZod } = await import('../domain/dataset/validateDataset.ts');
  return { check: checkOutcome(validateDatasetByZod(step.refused)), asParsed: false };
}
