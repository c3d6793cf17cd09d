/** One thing wrong with a dataset: where (a JSON path) and what. */
export interface DatasetProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Formats a JSON path as people write it.
 * @example formatPath(['entities', 3, 'evidence', 0, 'quote']) // 'entities[3].evidence[0].quote'
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}
