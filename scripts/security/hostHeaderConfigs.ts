/** Static hosts whose header configuration docs/security-headers.md shows. */
export const HOSTS = ['netlify', 'nginx', 'apache', 'caddy'] as const;
export type Host = (typeof HOSTS)[number];

/**
 * Writes response headers in each host's own configuration syntax: a Netlify (and
 * Cloudflare Pages) `_headers` file, nginx `add_header` lines, Apache `Header`
 * lines, and a Caddy `header` block.
 * @example hostHeaderConfigs({ 'Referrer-Policy': 'no-referrer' }).nginx
 * // 'add_header Referrer-Policy "no-referrer" always;'
 */
export function hostHeaderConfigs(headers: Record<string, string>): Record<Host, string> {
  const entries = Object.entries(headers);
  for (const [name, value] of entries) {
    // Each syntax below quotes values with double quotes; none of ours needs one.
    if (/["\n\r]/.test(value)) throw new Error(`${name} has a value that cannot be quoted`);
  }
  return {
    netlify: ['/*', ...entries.map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    nginx: entries.map(([name, value]) => `add_header ${name} "${value}" always;`).join('\n'),
    apache: entries.map(([name, value]) => `Header always set ${name} "${value}"`).join('\n'),
    caddy: ['header {', ...entries.map(([name, value]) => `\t${name} "${value}"`), '}'].join('\n'),
  };
}
