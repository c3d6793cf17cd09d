import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/** Flags that keep headless Chromium quiet on a machine without a network. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];

/**
 * The Chromium binary to drive: DIPLOGRAPH_CHROMIUM when set (empty means
 * Playwright's own browser), else Debian's /usr/bin/chromium when present.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.DIPLOGRAPH_CHROMIUM;
  if (fromEnv !== undefined) return fromEnv === '' ? undefined : fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Launches headless Chromium; `extraArgs` add to the quiet flags (the leak bench adds `--js-flags`). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
