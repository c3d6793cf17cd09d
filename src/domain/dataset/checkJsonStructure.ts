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

interface Frame {
  node: Record<string, unknown> | unknown[];
  /** The object's keys; null for an array. */
  keys: string[] | null;
  length: number;
  next: number;
}

// Opens a container; its forbidden keys are reported as it is entered, before what it
// holds, and are not walked into.
function enter(node: object, pathOf: () => (string | number)[], problems: DatasetProblem[]): Frame {
  if (Array.isArray(node))
    return { node: node as unknown[], keys: null, length: node.length, next: 0 };
  const keys = Object.keys(node).filter((key) => {
    if (!FORBIDDEN_KEYS.has(key)) return true;
    problems.push({
      path: [...pathOf(), key],
      message: `"${key}" is not allowed as a key: it could change how objects behave in the app`,
    });
    return false;
  });
  return { node: node as Record<string, unknown>, keys, length: keys.length, next: 0 };
}

/**
 * What a schema cannot see in parsed JSON before it walks it: nesting deeper than
 * MAX_JSON_DEPTH and `__proto__` keys. Walks without recursion, so any depth is safe,
 * and with one stack frame per open container (no path per value), so a 20 MB dataset
 * costs one pass of reads.
 * @example checkJsonStructure(JSON.parse('{"__proto__": {}}')) // [{ path: ['__proto__'], message: … }]
 */
export function checkJsonStructure(value: unknown): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  if (typeof value !== 'object' || value === null) return problems;
  const frames: Frame[] = [enter(value, () => [], problems)];
  // The path to the container on top of `frames`: always one shorter than `frames`.
  const path: (string | number)[] = [];
  while (frames.length > 0 && problems.length < MAX_REPORTED) {
    const top = frames[frames.length - 1]!;
    if (top.next >= top.length) {
      frames.pop();
      path.pop();
      continue;
    }
    const index = top.next++;
    const key = top.keys === null ? index : top.keys[index]!;
    const child =
      top.keys === null
        ? (top.node as unknown[])[index]
        : (top.node as Record<string, unknown>)[key];
    if (typeof child !== 'object' || child === null) continue;
    if (path.length + 1 >= MAX_JSON_DEPTH) {
      problems.push({
        path: [...path, key],
        message: `nests deeper than ${MAX_JSON_DEPTH} levels; a dataset needs fewer than 10, so this is not a dataset`,
      });
      continue;
    }
    path.push(key);
    frames.push(enter(child, () => [...path], problems));
  }
  return problems;
}
