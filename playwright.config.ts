import { defineConfig, devices } from '@playwright/test';
import { E2E_DATA_ORIGIN } from './e2e/dataOrigin.ts';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/browser.ts';

// Port 4173 (Vite's default preview port) is taken on some machines; an uncommon
// port with --strictPort fails loudly instead of testing someone else's server.
const port = Number(process.env.DIPLOGRAPH_E2E_PORT ?? 4781);

/**
 * Browser journeys run in real Chromium, found (or installed) by scripts/findChromium.ts:
 * DIPLOGRAPH_CHROMIUM, Playwright's own browser, chromium/google-chrome on the PATH,
 * /usr/bin/chromium. Without one the run stops here with one line, not 140 failures.
 * The workers inherit the answer through DIPLOGRAPH_CHROMIUM.
 */
const executablePath = ensureChromium().path;

export default defineConfig({
  testDir: 'e2e',
  // Playwright empties its output folder on start; keep it apart from the unit report.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  // Long journeys (the language one, Annotate, the 5k overview) take 20–50 s on two
  // busy cores; 30 s left them at the mercy of the machine's load.
  timeout: 90_000,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The production build registers a service worker, which would answer requests
    // before page.route mocks see them and carry caches between pages. Specs run
    // without it; e2e/offline.spec.ts allows it for itself.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1400, height: 900 },
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
    // An https origin ?data= may load from, for the tests of external data.
    env: { VITE_DATA_ORIGINS: E2E_DATA_ORIGIN },
  },
});
