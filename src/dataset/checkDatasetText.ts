import type { Dataset } from '../domain/dataset/datasetSchema.ts';
import { datasetWarnings } from '../domain/dataset/datasetWarnings.ts';
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
    return { kind: 'not-json', message: error instanceof Error ? error.message : String(error) };
  }
  const result = validateDataset(json);
  if (!result.ok) return { kind: 'invalid', problems: result.problems };
  return { kind: 'valid', dataset: result.dataset, warnings: datasetWarnings(result.dataset) };
}
