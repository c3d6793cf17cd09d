// `prestart` and `pretest`: stops at once, with one readable line, when this Node.js
// is older than package.json's `engines.node` asks (">=20.19"). Plain JavaScript
// that any Node.js can run, so it speaks before the tools that need the newer one fail.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * What is wrong with Node `actual` for the range `required` (only ">=X[.Y[.Z]]"
 * is understood; any other range is left to npm), or null when it will do.
 *
 * @param {string} required e.g. ">=20.19"
 * @param {string} actual e.g. "18.19.0" or "v18.19.0"
 * @returns {string | null}
 * @example nodeProblem('>=20.19', '18.19.0') // 'Diplograph needs Node.js 20.19 or newer; this is Node.js 18.19.0. …'
 */
export function nodeProblem(required, actual) {
  const wanted = /^\s*>=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(required);
  const have = /^v?(\d+)\.(\d+)\.(\d+)/.exec(actual);
  if (wanted === null || have === null) return null;
  const need = [wanted[1], wanted[2], wanted[3]].map((part) => Number(part ?? 0));
  const got = [have[1], have[2], have[3]].map(Number);
  for (let i = 0; i < 3; i += 1) {
    if (got[i] > need[i]) return null;
    if (got[i] < need[i]) {
      const version = need.slice(0, wanted[3] === undefined ? 2 : 3).join('.');
      return `Diplograph needs Node.js ${version} or newer; this is Node.js ${have[0].replace(/^v/, '')}. Install a newer one (https://nodejs.org, or \`nvm install 20\`), then run \`npm ci\` again.`;
    }
  }
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const problem = nodeProblem(pkg.engines?.node ?? '', process.versions.node);
  if (problem !== null) {
    console.error(problem);
    process.exit(1);
  }
}
