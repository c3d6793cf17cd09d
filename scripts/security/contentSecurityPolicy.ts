// The app's security headers, built in one place: the Vite preview server sends
// them, the build writes the policy into index.html as a meta tag and a Netlify
// `_headers` file, and docs/security-headers.md shows them for other hosts.

/**
 * The one stylesheet Cytoscape injects as a `<style>` element (its renderer puts
 * it first in <head> so that its container is positioned). `style-src` allows
 * exactly this text by its hash; any other inline style is refused.
 */
export const CYTOSCAPE_STYLESHEET = '.__________cytoscape_container { position: relative; }';

/** The SHA-256 of {@link CYTOSCAPE_STYLESHEET}, as a CSP source; a unit test recomputes it. */
export const CYTOSCAPE_STYLESHEET_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/** How a policy reaches the browser: a response header, or a meta tag in index.html. */
export type PolicyDelivery = 'header' | 'meta';

const HTTPS_ORIGIN = /^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/;

/**
 * The Content-Security-Policy of the built app. Nothing inline and no eval runs;
 * scripts, workers, styles, images and fonts come from the app's own origin; the
 * only other places it may connect to are the https origins `?data=` may load
 * from. A meta tag cannot carry `frame-ancestors` (browsers ignore it there and say
 * so in the console), so the meta version leaves it out.
 * @example contentSecurityPolicy(['https://data.example.org'], 'meta')
 * // "default-src 'self'; script-src 'self'; … connect-src 'self' https://data.example.org; …"
 */
export function contentSecurityPolicy(
  dataOrigins: readonly string[],
  delivery: PolicyDelivery = 'header',
): string {
  for (const origin of dataOrigins) {
    // An origin is pasted into the policy: a space or a ";" would add sources or directives.
    if (!HTTPS_ORIGIN.test(origin)) throw new Error(`${origin} is not an https origin`);
  }
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    // Workers are files of the build (layout, dataset check), never blob: URLs.
    ['worker-src', "'self'"],
    // React and Cytoscape set styles through the CSSOM, which style-src does not govern.
    ['style-src', "'self'", CYTOSCAPE_STYLESHEET_HASH],
    // The evidence brief previews the exported PNG from a blob: URL the app made.
    ['img-src', "'self'", 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...dataOrigins],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives
    .filter(([name]) => delivery === 'header' || name !== 'frame-ancestors')
    .map((parts) => parts.join(' '))
    .join('; ');
}

/**
 * The response headers every page and file of the app should carry: the policy,
 * no MIME sniffing (a dataset served as JSON is never run as a script), and no
 * referrer sent to the sites articles link to.
 */
export function securityHeaders(dataOrigins: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(dataOrigins, 'header'),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
