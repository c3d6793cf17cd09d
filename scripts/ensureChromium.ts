// `npm run browser` (and the first step of `npm test`): finds a Chromium that
// starts, installing one when the machine has none, or stops with one line that
// names the command to run.
import { ensureChromium } from './browser.ts';

const found = ensureChromium();
console.log(`Browser tests use ${found.version} (${found.path}, ${found.from}).`);
