// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { renderInDocument } from '../testSupport/renderInDocument.ts';
import { ExternalLink } from './ExternalLink.tsx';

it('opens an http(s) link in a new tab without opener or referrer', async () => {
  const { container, unmount } = await renderInDocument(
    <ExternalLink href="https://example.org/news/1">the article</ExternalLink>,
  );
  const link = container.querySelector('a');
  expect(link?.getAttribute('href')).toBe('https://example.org/news/1');
  expect(link?.getAttribute('target')).toBe('_blank');
  expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  await unmount();
});

it.each([
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'vbscript:msgbox(1)',
  '/relative',
])('shows %j as text, never as a link', async (href) => {
  const { container, unmount } = await renderInDocument(
    <ExternalLink href={href}>{href}</ExternalLink>,
  );
  expect(container.querySelector('a')).toBeNull();
  expect(container.textContent).toBe(href);
  await unmount();
});
