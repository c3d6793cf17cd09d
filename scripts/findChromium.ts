// Finds a Chromium the browser tests, the bench and the screenshot script can
// start, and, when the machine has none, tries to get one. The order is the one
// in the README: DIPLOGRAPH_CHROMIUM; Playwright's own downloaded browser;
// chromium, chromium-browser or google-chrome on the PATH and /usr/bin/chromium;
// then `npx playwright install chromium`, and as root on Debian or Ubuntu
// `apt-get install -y chromium`. A candidate counts only when `--version` runs.
// The decision is pure over the probes it is given, so tests inject them.

/** What the finder may look at and do on this machine. */
export interface BrowserProbes {
  /** DIPLOGRAPH_CHROMIUM: a path, '' for Playwright's own browser, undefined when unset. */
  readonly fromEnv: string | undefined;
  /** Where Playwright keeps its downloaded Chromium (whether or not it is there). */
  playwrightBrowser(): string;
  /** The full path of a command on the PATH, or undefined. */
  onPath(command: string): string | undefined;
  /** The first line `path --version` prints, or null when it does not start. */
  version(path: string): string | null;
  /** Whether this process may run apt-get: root on Debian or Ubuntu with apt-get on the PATH. */
  canAptInstall(): boolean;
  /** Runs an install command; true when it exited with 0. */
  install(command: InstallCommand): boolean;
  /** Progress for the person waiting. */
  say(line: string): void;
}

export type InstallCommand = 'npx playwright install chromium' | 'apt-get install -y chromium';

export type FoundChromium =
  | { readonly ok: true; readonly path: string; readonly version: string; readonly from: string }
  | { readonly ok: false; readonly message: string };

/** The binaries looked for on the PATH, and the Debian path checked even when the PATH lacks it. */
export const PATH_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome'] as const;
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The one line printed when no browser can be found or installed. */
export const NO_BROWSER_MESSAGE =
  'No Chromium that starts was found, and none could be installed: run `npx playwright install --with-deps chromium` (or, on Debian/Ubuntu as root, `apt-get install -y chromium`), or set DIPLOGRAPH_CHROMIUM=/path/to/chrome, then run npm test again.';

type Found = Extract<FoundChromium, { ok: true }>;

function lookAround(probes: BrowserProbes): Found | null {
  const tried = new Set<string>();
  const attempt = (path: string | undefined, from: string): Found | null => {
    if (path === undefined || tried.has(path)) return null;
    tried.add(path);
    const version = probes.version(path);
    return version === null ? null : { ok: true, path, version, from };
  };
  const candidates: [string | undefined, string][] = [
    [probes.playwrightBrowser(), "Playwright's own browser"],
    ...PATH_COMMANDS.map((command): [string | undefined, string] => [
      probes.onPath(command),
      `${command} on the PATH`,
    ]),
    [DEBIAN_CHROMIUM, DEBIAN_CHROMIUM],
  ];
  for (const [path, from] of candidates) {
    const found = attempt(path, from);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Finds a Chromium that starts, installing one when `mayInstall` and none is there.
 *
 * @example findChromium(probes) // { ok: true, path: '/usr/bin/chromium', version: 'Chromium 156…', from: '/usr/bin/chromium' }
 */
export function findChromium(probes: BrowserProbes, mayInstall = true): FoundChromium {
  if (probes.fromEnv !== undefined && probes.fromEnv !== '') {
    const version = probes.version(probes.fromEnv);
    return version === null
      ? {
          ok: false,
          message: `DIPLOGRAPH_CHROMIUM=${probes.fromEnv} does not start (\`${probes.fromEnv} --version\` failed): point it at a Chromium or Chrome binary, or unset it to let npm test find one.`,
        }
      : { ok: true, path: probes.fromEnv, version, from: 'DIPLOGRAPH_CHROMIUM' };
  }
  if (probes.fromEnv === '') {
    // An empty value asks for Playwright's own browser and nothing else.
    const path = probes.playwrightBrowser();
    const version = probes.version(path);
    if (version !== null) return { ok: true, path, version, from: "Playwright's own browser" };
    if (mayInstall && probes.install('npx playwright install chromium')) {
      const installed = probes.version(path);
      if (installed !== null)
        return { ok: true, path, version: installed, from: 'npx playwright install chromium' };
    }
    return {
      ok: false,
      message:
        "DIPLOGRAPH_CHROMIUM is empty, which asks for Playwright's own browser, and it is not installed: run `npx playwright install --with-deps chromium`, or unset DIPLOGRAPH_CHROMIUM.",
    };
  }
  const found = lookAround(probes);
  if (found !== null || !mayInstall) return found ?? { ok: false, message: NO_BROWSER_MESSAGE };
  const installs: InstallCommand[] = ['npx playwright install chromium'];
  if (probes.canAptInstall()) installs.push('apt-get install -y chromium');
  for (const command of installs) {
    probes.say(`No Chromium starts here; trying \`${command}\`…`);
    if (!probes.install(command)) continue;
    const after = lookAround(probes);
    if (after !== null) return { ...after, from: `${after.from}, after \`${command}\`` };
  }
  return { ok: false, message: NO_BROWSER_MESSAGE };
}
