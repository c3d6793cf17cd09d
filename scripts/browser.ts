import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { findChromium, type BrowserProbes, type FoundChromium } from './findChromium.ts';

/** Flags that keep headless Chromium quiet on a machine without a network. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder === '') continue;
    const path = join(folder, command);
    if (isExecutable(path)) return path;
  }
  return undefined;
}

function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

const INSTALLS = {
  'npx playwright install chromium': ['npx', ['playwright', 'install', 'chromium']],
  'apt-get install -y chromium': [
    'sh',
    ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'],
  ],
} as const;

/** The probes of this machine: files, the PATH, `--version`, and real installs. */
export const machineProbes: BrowserProbes = {
  get fromEnv() {
    return process.env.DIPLOGRAPH_CHROMIUM;
  },
  playwrightBrowser: () => chromium.executablePath(),
  onPath,
  version(path) {
    if (!isExecutable(path)) return null;
    const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
    const line = run.stdout.trim().split('\n')[0] ?? '';
    return run.status === 0 && line !== '' ? line : null;
  },
  canAptInstall: () =>
    process.getuid?.() === 0 && isDebianLike() && onPath('apt-get') !== undefined,
  install(command) {
    const [program, args] = INSTALLS[command];
    // Ten minutes is room for a real download; a machine without a network fails in seconds.
    const run = spawnSync(program, args, { stdio: 'inherit', timeout: 600_000 });
    return run.status === 0;
  },
  say: (line) => console.error(line),
};

/** Finds (or installs) a Chromium, or stops the process with the one-line message. */
export function ensureChromium(): Extract<FoundChromium, { ok: true }> {
  const found = findChromium(machineProbes);
  if (!found.ok) {
    console.error(found.message);
    process.exit(1);
  }
  process.env.DIPLOGRAPH_CHROMIUM = found.path;
  return found;
}

/** Launches headless Chromium; `extraArgs` add to the quiet flags (the leak bench adds `--js-flags`). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium().path,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
