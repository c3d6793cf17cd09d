import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  CYTOSCAPE_STYLESHEET,
  CYTOSCAPE_STYLESHEET_HASH,
  securityHeaders,
} from './contentSecurityPolicy.ts';

/** The policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name, ...sources] = directive.split(' ');
      return [name!, sources];
    }),
  );
}

const origins = ['https://data.example.org', 'https://cdn.example.net:8443'];

describe('the Content-Security-Policy', () => {
  it.each(['header', 'meta'] as const)('allows nothing inline and no eval (%s)', (delivery) => {
    const policy = contentSecurityPolicy(origins, delivery);
    expect(policy).not.toMatch(/unsafe-|\*|data:/);
    const parsed = directives(policy);
    // blob: only for images (the brief's picture), never for scripts, workers or fetches.
    const withBlob = [...parsed].filter(([, sources]) => sources.includes('blob:'));
    expect(withBlob.map(([name]) => name)).toEqual(['img-src']);
    expect(parsed.get('default-src')).toEqual(["'self'"]);
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
  });

  it('lets the app connect to its own origin and the configured data origins only', () => {
    expect(directives(contentSecurityPolicy(origins)).get('connect-src')).toEqual([
      "'self'",
      ...origins,
    ]);
    expect(directives(contentSecurityPolicy([])).get('connect-src')).toEqual(["'self'"]);
  });

  it('forbids framing in the header, and leaves that out of the meta tag, which cannot carry it', () => {
    const header = directives(contentSecurityPolicy(origins, 'header'));
    const meta = directives(contentSecurityPolicy(origins, 'meta'));
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(meta.has('frame-ancestors')).toBe(false);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });

  it.each([
    'https://data.example.org/sets',
    "https://data.example.org; script-src 'unsafe-inline'",
    'https://a.example.org https://b.example.org',
    'http://data.example.org',
    '*',
  ])('refuses to write %j as a data origin', (origin) => {
    expect(() => contentSecurityPolicy([origin])).toThrow(/not an https origin/);
  });

  it('allows by its hash exactly the stylesheet that the installed Cytoscape injects', () => {
    const digest = createHash('sha256').update(CYTOSCAPE_STYLESHEET).digest('base64');
    expect(CYTOSCAPE_STYLESHEET_HASH).toBe(`'sha256-${digest}'`);
    const cytoscape = JSON.parse(
      readFileSync(new URL('../../node_modules/cytoscape/package.json', import.meta.url), 'utf8'),
    ) as { module: string };
    const source = readFileSync(
      new URL(`../../node_modules/cytoscape/${cytoscape.module}`, import.meta.url),
      'utf8',
    );
    // Cytoscape builds the text from its class name; the test rebuilds it the same way.
    const className = /var className = '([^']+)';/.exec(source)?.[1];
    expect(source).toContain(
      "stylesheet.textContent = '.' + className + ' { position: relative; }';",
    );
    expect(`.${className} { position: relative; }`).toBe(CYTOSCAPE_STYLESHEET);
  });
});

describe('the security headers', () => {
  it('add no MIME sniffing and no referrer to the policy', () => {
    expect(securityHeaders(origins)).toEqual({
      'Content-Security-Policy': contentSecurityPolicy(origins, 'header'),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });
});
