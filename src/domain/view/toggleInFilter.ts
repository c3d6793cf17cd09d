/**
 * Switches one option of a list filter, where null means every option is on.
 * Turning the last missing option back on gives null again, so "all" has one form.
 * @example toggleInFilter(null, 'bloc', ['state', 'bloc', 'official']) // ['state', 'official']
 */
export function toggleInFilter<T extends string>(
  current: readonly T[] | null,
  value: T,
  all: readonly T[],
): T[] | null {
  const on = current ?? all;
  const next = on.includes(value)
    ? on.filter((v) => v !== value)
    : all.filter((v) => v === value || on.includes(v));
  return next.length === all.length ? null : next;
}
