// @vitest-environment happy-dom
import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { escapeXml } from './escapeXml.ts';

/** What an XML parser reads back from an attribute and from text content. */
function readBack(escaped: string): { attribute: string | null; text: string | null } {
  const doc = new DOMParser().parseFromString(
    `<root a="${escaped}">${escaped}</root>`,
    'application/xml',
  );
  if (doc.getElementsByTagName('parsererror').length > 0) return { attribute: null, text: null };
  const root = doc.documentElement;
  return { attribute: root.getAttribute('a'), text: root.textContent };
}

/** XML 1.0's Char production, as the specification writes it. */
function isXmlChar(character: string): boolean {
  const code = character.codePointAt(0)!;
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

it('escapes markup and both kinds of quote', () => {
  expect(escapeXml(`Tom & "Jerry" <x> 'y'`)).toBe(
    'Tom &amp; &quot;Jerry&quot; &lt;x&gt; &apos;y&apos;',
  );
});

it('keeps line breaks in attributes, where a parser would turn a raw one into a space', () => {
  expect(escapeXml('a\nb\tc')).toBe('a&#10;b&#9;c');
});

it('drops characters XML cannot hold at all', () => {
  expect(escapeXml('a\u0000b\u001Fc\uD800d')).toBe('abcd');
});

test.prop([fc.string({ unit: 'binary' })])(
  'any string, once escaped, parses and reads back as itself minus what XML cannot hold',
  (text) => {
    const escaped = escapeXml(text);
    const { attribute, text: content } = readBack(escaped);
    const legal = Array.from(text).filter(isXmlChar).join('');
    expect(attribute).toBe(legal);
    expect(content).toBe(legal);
  },
);
