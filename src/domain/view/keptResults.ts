import type { DatasetIndex } from '../dataset/indexDataset.ts';

/**
 * Remembers a pure function of (dataset, view) by a key of the view's fields it reads:
 * the `size` keys used last, of the dataset asked about last (another dataset starts
 * afresh, so none outlives its time on screen). Selecting, typing or panning then
 * computes nothing again, and callers that ask for the same view share one result.
 * @example const countOf = keptResults(keyOfFields(['entityKinds']), count, 2)
 */
export function keptResults<V, T>(
  keyOf: (view: V) => string,
  compute: (index: DatasetIndex, view: V) => T,
  size = 1,
): (index: DatasetIndex, view: V) => T {
  let kept: { index: DatasetIndex; results: { key: string; value: T }[] } | null = null;
  return (index, view) => {
    const key = keyOf(view);
    const recent = kept?.index === index ? kept.results : [];
    const hit = recent.find((result) => result.key === key);
    const value = hit === undefined ? compute(index, view) : hit.value;
    const others = recent.filter((result) => result !== hit).slice(0, size - 1);
    kept = { index, results: [{ key, value }, ...others] };
    return value;
  };
}

/** A view's key by the values of some of its fields. */
export function keyOfFields<V>(fields: readonly (keyof V)[]): (view: V) => string {
  return (view) => JSON.stringify(fields.map((field) => view[field]));
}
