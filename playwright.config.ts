import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser journeys run in real Chromium. Playwright's own browser download is not
 * available everywhere, so Debian's `chromium` is used when present; set
 * DIPLOGRAPH_CHROMIUM to point at another binary, or to an empty string to use
 * Playwright's bundled browser.
 */
const debianChromium = '/usr/bin/chromium';
const executablePath =
  process.env.DIPLOGRAPH_CHROMIUM ?? (existsSync(debianChromium) ? debianChromium : undefined);

// Port 4173 (Vite's default preview port) is taken on some machines; an uncommon
// port with --strictPort fails loudly instead of testing someone else's server.
const port = Number(process.env.DIPLOGRAPH_E2E_PORT ?? 4781);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1400, height: 900 },
        launchOptions: {
          executablePath: executablePath || undefined,
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
            '--disable-gpu',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
