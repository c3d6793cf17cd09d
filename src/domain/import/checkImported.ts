import type { Dataset } from '../dataset/datasetSchema.ts';
import { formatPath, validateDataset } from '../dataset/validateDataset.ts';

/**
 * An import's result checked as data:check checks it, before anyone may open it: the
 * dataset, or the reasons it fails, each worded as a problem of the whole import.
 * @example checkImported(made) // { ok: true, dataset } or { ok: false, messages: ['the result fails the dataset checks: …'] }
 */
export function checkImported(
  candidate: Dataset,
): { ok: true; dataset: Dataset } | { ok: false; messages: string[] } {
  const checked = validateDataset(candidate);
  if (checked.ok) return { ok: true, dataset: checked.dataset };
  return {
    ok: false,
    messages: checked.problems.map(
      (p) => `the result fails the dataset checks: ${formatPath(p.path)}: ${p.message}`,
    ),
  };
}
