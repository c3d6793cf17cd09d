import { expect, it } from 'vitest';
import { isHttpUrl } from './isHttpUrl.ts';

it.each(['https://example.org/a', 'http://example.org', 'HTTPS://EXAMPLE.ORG/'])(
  'accepts %j',
  (url) => {
    expect(isHttpUrl(url)).toBe(true);
  },
);

it.each([
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'ftp://example.org/',
  'file:///etc/passwd',
  '//example.org/a',
  '/relative/path',
  '',
])('refuses %j', (url) => {
  expect(isHttpUrl(url)).toBe(false);
});
