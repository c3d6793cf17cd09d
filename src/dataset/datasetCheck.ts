import type { Dataset } from '../domain/dataset/datasetSchema.ts';
import type { DatasetProblem } from '../domain/dataset/datasetProblem.ts';

/** The outcome of checking a dataset's text: what data:check reports, as data. */
export type DatasetCheck =
  | { kind: 'not-json'; message: string }
  | { kind: 'invalid'; problems: DatasetProblem[] }
  | { kind: 'valid'; dataset: Dataset; warnings: DatasetProblem[] };

/**
 * What the check worker answers. A valid dataset the compiled check accepted is the
 * text's JSON as it is: the page parses the text again rather than receive a clone of
 * it (for 20,000 entities, 24 MB, V8 took 0.5–1.4 s to deserialise a clone against
 * 0.4–0.7 s to parse the text). One zod accepted may differ from it, and is sent.
 * Types, and the one function the page needs: the checks stay in their own chunk.
 */
export type WorkerCheck = DatasetCheck | { kind: 'valid-as-parsed'; warnings: DatasetProblem[] };

/**
 * The worker's answer as the page uses it: a dataset valid as parsed is the text's
 * JSON, parsed here (or `parsed`, the page's parse of the same text, if it has one).
 */
export function completeWorkerCheck(
  text: string,
  answer: WorkerCheck,
  parsed?: { json: unknown },
): DatasetCheck {
  if (answer.kind !== 'valid-as-parsed') return answer;
  const json = parsed === undefined ? (JSON.parse(text) as unknown) : parsed.json;
  return { kind: 'valid', dataset: json as Dataset, warnings: answer.warnings };
}
