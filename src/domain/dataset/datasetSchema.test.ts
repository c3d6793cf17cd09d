import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { seedDataset } from '../../testSupport/seedDataset.ts';
import { datasetSchema, httpUrlSchema } from './datasetSchema.ts';

const HOSTILE_URLS = [
  'javascript:alert(document.domain)',
  ' JavaScript:alert(1)',
  '\tjava\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:application/json,{}',
  'file:///etc/passwd',
  'blob:https://example.org/0a1b',
  'vbscript:msgbox(1)',
  'mailto:someone@example.org',
  'ftp://example.org/a',
  'ws://example.org/',
  '//example.org/protocol-relative',
  '/a/relative/path',
  'example.org',
  '',
];

describe('URLs in datasets', () => {
  it.each(HOSTILE_URLS)('refuses %j', (url) => {
    expect(httpUrlSchema.safeParse(url).success).toBe(false);
  });

  it.each(['https://example.org/news?id=1#p2', 'http://example.org', 'HTTPS://EXAMPLE.ORG/'])(
    'accepts %j',
    (url) => {
      expect(httpUrlSchema.safeParse(url).success).toBe(true);
    },
  );

  test.prop([
    fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,10}$/), fc.string())
        .map(([scheme, rest]) => `${scheme}:${rest}`),
      fc.string({ unit: 'binary' }),
    ),
  ])('accepts nothing that a browser would open other than http(s)', (url) => {
    if (httpUrlSchema.safeParse(url).success) {
      expect(['http:', 'https:']).toContain(new URL(url).protocol);
    }
  });

  it('refuses an article URL with another scheme, and says where', () => {
    for (const url of HOSTILE_URLS) {
      const dataset = seedDataset();
      dataset.articles[0]!.url = url;
      const result = datasetSchema.safeParse(dataset);
      expect(result.success, url).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path)).toEqual([['articles', 0, 'url']]);
    }
  });

  it('checks every field of the format named like a link as an http(s) URL', () => {
    // A new field named like a link must use httpUrlSchema, or it would bypass the allow-list.
    const description = z.toJSONSchema(httpUrlSchema).description;
    expect(description).toBeDefined();
    interface Node {
      description?: string;
      anyOf?: Node[];
      properties?: Record<string, Node>;
    }
    const usesHttpUrl = (node: Node): boolean =>
      node.description === description || (node.anyOf ?? []).some(usesHttpUrl);
    const fields: { path: string; checked: boolean }[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      for (const [key, field] of Object.entries((node as Node).properties ?? {})) {
        if (/url|uri|href|link|homepage|website/i.test(key))
          fields.push({ path: `${path}.${key}`, checked: usesHttpUrl(field) });
      }
      for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`);
    };
    walk(z.toJSONSchema(datasetSchema, { io: 'input' }), '');
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter((field) => !field.checked)).toEqual([]);
  });
});
