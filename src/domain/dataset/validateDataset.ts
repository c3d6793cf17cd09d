import type { z } from 'zod';
import type { DatasetProblem } from './datasetProblem.ts';
import { datasetSchema, type Dataset } from './datasetSchema.ts';
import { validate as hasDatasetShape } from './generated/validateDatasetShape.ts';
import {
  printable,
  referencesChecked,
  validateDatasetFast,
  type DatasetValidation,
} from './validateDatasetFast.ts';

// Where a problem is and how to write its path: apart, for the pages that only show problems.
export { formatPath, type DatasetProblem } from './datasetProblem.ts';
export type { DatasetValidation } from './validateDatasetFast.ts';

function fromZod(issues: readonly z.core.$ZodIssue[]): DatasetProblem[] {
  return issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    // zod says "expected object, received undefined" for a missing field.
    message:
      issue.code === 'invalid_type' && issue.message.endsWith('received undefined')
        ? `is required (${issue.message.replace('Invalid input: expected ', 'expected ').replace(', received undefined', '')})`
        : issue.message,
  }));
}

/**
 * Checks a parsed JSON value against the dataset format: first its structure (depth,
 * `__proto__` keys), then its shape, then what a schema cannot say — ids unique and
 * resolvable, relation ends of the right kinds, every excerpt verbatim at its recorded
 * place. The shape is checked by ajv's code compiled ahead of time from the same
 * schema (fast, no eval; validateDatasetFast.ts); only when that fails does zod run,
 * for its readable messages and for what it would accept after trimming.
 * @example validateDataset(JSON.parse(text)) // { ok: true, dataset } or { ok: false, problems }
 */
export function validateDataset(input: unknown): DatasetValidation {
  return validateDatasetFast(input) ?? validateDatasetByZod(input);
}

/** The checks of a value validateDatasetFast left to zod (it passed the structural check). */
export function validateDatasetByZod(input: unknown): DatasetValidation {
  const shaped = zodShape(input);
  return shaped.ok ? referencesChecked(shaped.dataset) : shaped;
}

/**
 * The dataset's shape alone, as zod sees it: the compiled check accepts only what zod
 * accepts unchanged, so when it passes, zod's output is the input itself.
 */
export function datasetShape(input: unknown): DatasetValidation {
  if (hasDatasetShape(input)) return { ok: true, dataset: input as Dataset };
  return zodShape(input);
}

/** The same as datasetShape through zod alone: the reference the fast check is tested against. */
export function zodShape(input: unknown): DatasetValidation {
  const parsed = datasetSchema.safeParse(input);
  return parsed.success
    ? { ok: true, dataset: parsed.data }
    : { ok: false, problems: fromZod(parsed.error.issues).map(printable) };
}
