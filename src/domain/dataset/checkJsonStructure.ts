import type { DatasetProblem } from './validateDataset.ts';

/**
 * How deep a dataset's JSON may nest. The format itself needs 7 levels
 * (entities → [i] → evidence → [j] → gloss → en); the rest is headroom. Deeper
 * input is junk, and code that walks it recursively could exhaust the stack.
 */
export const MAX_JSON_DEPTH = 32;

// Assigning obj["__proto__"] replaces an object's prototype instead of adding a key,
// so such a key can change how the app's objects behave; zod drops it silently from
// records, which would hide the attempt. It has no use in a dataset.
const FORBIDDEN_KEYS = new Set(['__proto__']);

const MAX_REPORTED = 20;

/**
 * What a schema cannot see in parsed JSON before it walks it: nesting deeper than
 * MAX_JSON_DEPTH and `__proto__` keys. Walks without recursion, so any depth is safe.
 * @example checkJsonStructure(JSON.parse('{"__proto__": {}}')) // [{ path: ['__proto__'], message: … }]
 */
export function checkJsonStructure(value: unknown): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && problems.length < MAX_REPORTED) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (path.length >= MAX_JSON_DEPTH) {
      problems.push({
        path,
        message: `nests deeper than ${MAX_JSON_DEPTH} levels; a dataset needs fewer than 10, so this is not a dataset`,
      });
      continue;
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i] as unknown, path: [...path, i] });
      }
      continue;
    }
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({
          path: [...path, key],
          message: `"${key}" is not allowed as a key: it could change how objects behave in the app`,
        });
        continue;
      }
      stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}
