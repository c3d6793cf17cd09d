import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { securityHeaders } from './contentSecurityPolicy.ts';
import { HOSTS, hostHeaderConfigs } from './hostHeaderConfigs.ts';

const headers = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

it('writes each header in each host syntax', () => {
  expect(hostHeaderConfigs(headers)).toEqual({
    netlify: '/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer',
    nginx:
      'add_header X-Content-Type-Options "nosniff" always;\nadd_header Referrer-Policy "no-referrer" always;',
    apache:
      'Header always set X-Content-Type-Options "nosniff"\nHeader always set Referrer-Policy "no-referrer"',
    caddy: 'header {\n\tX-Content-Type-Options "nosniff"\n\tReferrer-Policy "no-referrer"\n}',
  });
});

it('refuses a value that would break out of its quotes', () => {
  expect(() => hostHeaderConfigs({ 'X-Test': 'a" always; add_header X "b' })).toThrow();
});

it.each(HOSTS)('docs/security-headers.md shows the current %s configuration', (host) => {
  const docs = readFileSync(new URL('../../docs/security-headers.md', import.meta.url), 'utf8');
  expect(docs).toContain(hostHeaderConfigs(securityHeaders([]))[host]);
});
