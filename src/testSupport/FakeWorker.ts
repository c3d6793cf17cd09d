import { afterEach, beforeEach, vi } from 'vitest';

/** A stand-in for the browser's Worker (vi.stubGlobal('Worker', FakeWorker)): records what it was sent and whether it was terminated, and answers only when told. */
export class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  isTerminated = false;

  constructor() {
    FakeWorker.made.push(this);
  }

  postMessage(data: unknown): void {
    this.posted.push(data);
  }

  terminate(): void {
    this.isTerminated = true;
  }

  /** Answers as the worker would, unless it was terminated. */
  answer(data: unknown): void {
    if (!this.isTerminated) this.onmessage?.({ data } as MessageEvent);
  }
}

/** Puts FakeWorker in the place of Worker before each test of the file, and back after. */
export function fakeWorkersInEachTest(): void {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}
