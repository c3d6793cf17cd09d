import type { Dataset } from '../domain/dataset/datasetSchema.ts';
import type { DatasetProblem } from '../domain/dataset/datasetProblem.ts';
import { datasetWarnings } from '../domain/dataset/datasetWarnings.ts';
import { visibleText } from '../domain/text/visibleText.ts';
import {
  validateDatasetFast,
  type DatasetValidation,
} from '../domain/dataset/validateDatasetFast.ts';

/** The outcome of checking a dataset's text: what data:check reports, as data. */
export type DatasetCheck =
  | { kind: 'not-json'; message: string }
  | { kind: 'invalid'; problems: DatasetProblem[] }
  | { kind: 'valid'; dataset: Dataset; warnings: DatasetProblem[] };

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
  if (!('json' in parsed)) return { check: parsed };
  const result = validateDatasetFast(parsed.json);
  return result === null ? { refused: parsed.json } : { check: checkOutcome(result) };
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
 * what the page and the check worker run. The text is parsed once.
 */
export async function checkDatasetTextLoadingZod(text: string): Promise<DatasetCheck> {
  const step = checkWithoutZod(text);
  if ('check' in step) return step.check;
  const { validateDatasetByZod } = await import('../domain/dataset/validateDataset.ts');
  return checkOutcome(validateDatasetByZod(step.refused));
}
