import { checkDatasetText } from './checkDatasetText.ts';

// Checks large dataset files off the main thread; see readDatasetText.
self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(checkDatasetText(event.data));
};
