import type { Dataset } from '../domain/dataset/datasetSchema.ts';
import { datasetWarnings } from '../domain/dataset/datasetWarnings.ts';
import { visibleText } from '../domain/text/visibleText.ts';
import { validateDataset, type DatasetProblem } from '../domain/dataset/validateDataset.ts';

/** The outcome of checking a dataset's text: what data:check reports, as data. */
export type DatasetCheck =
  | { kind: 'not-json'; message: string }
  | { kind: 'invalid'; problems: DatasetProblem[] }
  | { kind: 'valid'; dataset: Dataset; warnings: DatasetProblem[] };

/** Parses and checks a dataset's text; never throws. */
export function checkDatasetText(text: string): DatasetCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // A parser that recurses runs out of stack on deeply nested junk ("[[[[…").
    if (error instanceof RangeError)
      return { kind: 'not-json', message: 'it nests too deeply to be read' };
    // The parser's message quotes the text, which may hold bidi overrides.
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'not-json', message: visibleText(message, 200) };
  }
  const result = validateDataset(json);
  if (!result.ok) return { kind: 'invalid', problems: result.problems };
  return { kind: 'valid', dataset: result.dataset, warnings: datasetWarnings(result.dataset) };
}
