import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoadError } from './readDatasetText.ts';
import { retryDelayMs, withRetries, type RetryNotice } from './withRetries.ts';

const transient = () => new DatasetLoadError('The server answered 503.', [], { transient: true });

/** A loader that fails with the given errors in turn, then gives 'data'. */
function failing(...errors: Error[]) {
  const load = vi.fn(() => {
    const error = errors.shift();
    return error === undefined ? Promise.resolve('data') : Promise.reject(error);
  });
  return load;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('withRetries', () => {
  it('tries again after 1 s, then 2 s, and says so before each wait', async () => {
    const load = failing(transient(), transient());
    const notices: RetryNotice[] = [];
    const result = withRetries(load, new AbortController().signal, (n) => notices.push(n));
    await vi.advanceTimersByTimeAsync(999);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    await expect(result).resolves.toBe('data');
    expect(load).toHaveBeenCalledTimes(3);
    expect(notices.map(({ attempt, attempts, delayMs }) => [attempt, attempts, delayMs])).toEqual([
      [2, 3, 1000],
      [3, 3, 2000],
    ]);
  });

  it('gives up after three tries, saying how many were made', async () => {
    const load = failing(transient(), transient(), transient(), transient());
    const result = withRetries(load, new AbortController().signal, () => undefined);
    const settled = expect(result).rejects.toMatchObject({
      message: 'The server answered 503. (Tried 3 times.)',
      transient: true,
    });
    await vi.advanceTimersByTimeAsync(10_000);
    await settled;
    expect(load).toHaveBeenCalledTimes(3);
  });

  it.each([
    ['a permanent load error', new DatasetLoadError('The server answered 404.')],
    ['an unexpected error', new TypeError('x is undefined')],
  ])('fails at once on %s', async (_, error) => {
    const load = failing(error);
    await expect(withRetries(load, new AbortController().signal, () => undefined)).rejects.toBe(
      error,
    );
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('stops waiting when aborted, without another try', async () => {
    const controller = new AbortController();
    const load = failing(transient());
    const result = withRetries(load, controller.signal, () => undefined);
    const settled = expect(result).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(500);
    controller.abort();
    await settled;
    await vi.advanceTimersByTimeAsync(5000);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

it('doubles the wait with each failure', () => {
  expect([1, 2, 3].map(retryDelayMs)).toEqual([1000, 2000, 4000]);
});
