import { describe, expect, it } from 'vitest';
import {
  findChromium,
  NO_BROWSER_MESSAGE,
  type BrowserProbes,
  type InstallCommand,
} from './findChromium.ts';

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

interface Machine {
  fromEnv?: string;
  /** Binaries that start, with their version line. */
  starts?: Record<string, string>;
  /** Files on the PATH, started or not. */
  path?: Record<string, string>;
  apt?: boolean;
  /** What each install makes start. */
  installs?: Partial<Record<InstallCommand, Record<string, string>>>;
}

/** A pretend machine, and the record of what the finder tried on it. */
function machine({ fromEnv, starts = {}, path = {}, apt = false, installs = {} }: Machine) {
  const working = { ...starts };
  const ran: string[] = [];
  const said: string[] = [];
  const probes: BrowserProbes = {
    fromEnv,
    playwrightBrowser: () => PLAYWRIGHT,
    onPath: (command) => path[command],
    version: (binary) => {
      ran.push(binary);
      return working[binary] ?? null;
    },
    canAptInstall: () => apt,
    install: (command) => {
      ran.push(command);
      const made = installs[command];
      if (made === undefined) return false;
      Object.assign(working, made);
      return true;
    },
    say: (line) => said.push(line),
  };
  return { probes, ran, said };
}

describe('findChromium', () => {
  it('takes DIPLOGRAPH_CHROMIUM first when it starts, and looks no further', () => {
    const { probes, ran } = machine({
      fromEnv: '/opt/chrome/chrome',
      starts: { '/opt/chrome/chrome': 'Google Chrome 150', '/usr/bin/chromium': 'Chromium 156' },
    });
    expect(findChromium(probes)).toEqual({
      ok: true,
      path: '/opt/chrome/chrome',
      version: 'Google Chrome 150',
      from: 'DIPLOGRAPH_CHROMIUM',
    });
    expect(ran).toEqual(['/opt/chrome/chrome']);
  });

  it('says so when DIPLOGRAPH_CHROMIUM names a binary that does not start, rather than using another', () => {
    const { probes } = machine({
      fromEnv: '/opt/gone',
      starts: { '/usr/bin/chromium': 'Chromium 156' },
    });
    const found = findChromium(probes);
    expect(found.ok).toBe(false);
    expect(!found.ok && found.message).toMatch(/^DIPLOGRAPH_CHROMIUM=\/opt\/gone does not start/);
  });

  it("prefers Playwright's own browser to the system's", () => {
    const { probes } = machine({
      starts: { [PLAYWRIGHT]: 'Chromium 149', '/usr/bin/chromium': 'Chromium 156' },
      path: { chromium: '/usr/bin/chromium' },
    });
    expect(findChromium(probes)).toMatchObject({ ok: true, path: PLAYWRIGHT });
  });

  it('goes down the PATH commands in order, skipping one that is there but does not start', () => {
    const { probes, ran } = machine({
      starts: { '/usr/local/bin/google-chrome': 'Google Chrome 151' },
      path: { chromium: '/snap/bin/chromium', 'google-chrome': '/usr/local/bin/google-chrome' },
    });
    expect(findChromium(probes)).toMatchObject({
      ok: true,
      path: '/usr/local/bin/google-chrome',
      from: 'google-chrome on the PATH',
    });
    expect(ran).toEqual([PLAYWRIGHT, '/snap/bin/chromium', '/usr/local/bin/google-chrome']);
  });

  it('checks /usr/bin/chromium even when the PATH lacks it', () => {
    const { probes } = machine({ starts: { '/usr/bin/chromium': 'Chromium 156' } });
    expect(findChromium(probes)).toMatchObject({ ok: true, from: '/usr/bin/chromium' });
  });

  it('installs with Playwright when nothing starts, and uses what it installed', () => {
    const { probes, ran, said } = machine({
      installs: { 'npx playwright install chromium': { [PLAYWRIGHT]: 'Chromium 149' } },
      apt: true,
    });
    expect(findChromium(probes)).toMatchObject({
      ok: true,
      path: PLAYWRIGHT,
      from: "Playwright's own browser, after `npx playwright install chromium`",
    });
    expect(ran).not.toContain('apt-get install -y chromium');
    expect(said).toEqual(['No Chromium starts here; trying `npx playwright install chromium`…']);
  });

  it('falls back to apt-get as root on Debian when the download fails', () => {
    const { probes, ran } = machine({
      apt: true,
      installs: { 'apt-get install -y chromium': { '/usr/bin/chromium': 'Chromium 156' } },
    });
    expect(findChromium(probes)).toMatchObject({ ok: true, path: '/usr/bin/chromium' });
    expect(ran).toContain('npx playwright install chromium');
  });

  it('does not try apt-get where it may not (not root, or not Debian)', () => {
    const { probes, ran } = machine({
      installs: { 'apt-get install -y chromium': { '/usr/bin/chromium': 'Chromium 156' } },
    });
    expect(findChromium(probes)).toEqual({ ok: false, message: NO_BROWSER_MESSAGE });
    expect(ran).not.toContain('apt-get install -y chromium');
  });

  it('stops with the one-line message when an install succeeds but still nothing starts', () => {
    const { probes } = machine({ apt: true, installs: { 'apt-get install -y chromium': {} } });
    const found = findChromium(probes);
    expect(found).toEqual({ ok: false, message: NO_BROWSER_MESSAGE });
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
    expect(NO_BROWSER_MESSAGE).toContain('npx playwright install --with-deps chromium');
  });

  it('installs nothing when told not to', () => {
    const { probes, ran } = machine({
      apt: true,
      installs: { 'npx playwright install chromium': { [PLAYWRIGHT]: 'Chromium 149' } },
    });
    expect(findChromium(probes, false).ok).toBe(false);
    expect(ran.some((step) => step.includes('install'))).toBe(false);
  });

  it("takes an empty DIPLOGRAPH_CHROMIUM as Playwright's own browser only, installing it if needed", () => {
    const system = { '/usr/bin/chromium': 'Chromium 156' };
    const missing = machine({ fromEnv: '', starts: system });
    const found = findChromium(missing.probes);
    expect(found.ok).toBe(false);
    expect(!found.ok && found.message).toMatch(/Playwright's own browser/);
    const downloadable = machine({
      fromEnv: '',
      starts: system,
      installs: { 'npx playwright install chromium': { [PLAYWRIGHT]: 'Chromium 149' } },
    });
    expect(findChromium(downloadable.probes)).toMatchObject({ ok: true, path: PLAYWRIGHT });
  });
});
