import type { Plugin } from 'vite';
import { contentSecurityPolicy, securityHeaders } from './contentSecurityPolicy.ts';
import { hostHeaderConfigs } from './hostHeaderConfigs.ts';

const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;

/**
 * At build time only: writes the Content-Security-Policy into index.html as a meta
 * tag (for hosts that cannot send headers, such as GitHub Pages) and emits a
 * `_headers` file with all the security headers (read by Netlify and Cloudflare
 * Pages). Not in the dev server, whose React refresh preamble is an inline script.
 */
export function securityHeadersPlugin(dataOrigins: readonly string[]): Plugin {
  return {
    name: 'diplograph:security-headers',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(dataOrigins, 'meta')}" />`;
      // The policy must come before anything it governs; the charset stays first.
      if (!CHARSET.test(html)) throw new Error('index.html needs <meta charset> first in <head>');
      return html.replace(CHARSET, (charset) => `${charset}\n    ${meta}`);
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: `${hostHeaderConfigs(securityHeaders(dataOrigins)).netlify}\n`,
      });
    },
  };
}
