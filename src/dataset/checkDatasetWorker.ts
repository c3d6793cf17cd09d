import { checkDatasetTextForWorker } from './checkDatasetTextFast.ts';

// Checks large dataset files off the main thread; see readDatasetText. zod (its
// schema takes a while to build) loads only for a file the compiled check refuses.
// A valid dataset is not sent back when the page can parse it from its text (WorkerCheck).
self.onmessage = (event: MessageEvent<string>) => {
  checkDatasetTextForWorker(event.data).then(
    (check) => self.postMessage(check),
    (error: unknown) => {
      // Thrown outside the promise, so the page's worker.onerror hears of it at once
      // (a rejected promise in a worker would leave the page waiting for its timeout).
      setTimeout(() => {
        throw error;
      });
    },
  );
};
