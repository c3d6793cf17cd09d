import { checkDatasetTextFast } from './checkDatasetTextFast.ts';

// Checks large dataset files off the main thread; see readDatasetText. zod (its
// schema takes a while to build) loads only for a file the compiled check refuses.
self.onmessage = async (event: MessageEvent<string>) => {
  const text = event.data;
  self.postMessage(
    checkDatasetTextFast(text) ?? (await import('./checkDatasetText.ts')).checkDatasetText(text),
  );
};
