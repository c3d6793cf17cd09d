import { spawnSync } from 'node:child_process';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { nodeProblem } from './checkNode.mjs';

describe('nodeProblem', () => {
  it('names the version needed, the one found and what to do, on one line', () => {
    const problem = nodeProblem('>=20.19', '18.19.0');
    expect(problem).toBe(
      'Diplograph needs Node.js 20.19 or newer; this is Node.js 18.19.0. Install a newer one (https://nodejs.org, or `nvm install 20`), then run `npm ci` again.',
    );
  });

  it('refuses a minor version below the one asked for', () => {
    expect(nodeProblem('>=20.19', 'v20.18.3')).toMatch(/this is Node.js 20.18.3/);
  });

  it('lets the version asked for and newer ones through', () => {
    for (const version of ['20.19.0', '20.20.1', 'v22.1.0', '24.0.0'])
      expect(nodeProblem('>=20.19', version)).toBeNull();
  });

  it('leaves ranges it does not understand to npm', () => {
    expect(nodeProblem('^20.19 || >=22.12', '18.0.0')).toBeNull();
  });

  test.prop([fc.nat(40), fc.nat(40), fc.nat(40), fc.nat(40), fc.nat(40), fc.nat(40)])(
    'refuses exactly the versions below the range',
    (a, b, c, x, y, z) => {
      const older = x < a || (x === a && (y < b || (y === b && z < c)));
      expect(nodeProblem(`>=${a}.${b}.${c}`, `${x}.${y}.${z}`) !== null).toBe(older);
    },
  );
});

describe('the preflight before npm start and npm test', () => {
  it('passes silently on this Node.js, which package.json accepts', () => {
    const run = spawnSync(process.execPath, ['scripts/checkNode.mjs'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
