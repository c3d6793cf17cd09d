import { describe, expect, it } from 'vitest';
import { onDemandEn, onDemandTr } from './onDemand.ts';
import { en } from './stringsEn.ts';
import { tr } from './stringsTr.ts';

interface Strings {
  readonly [key: string]: string | Strings;
}

/** Every key path with its string, e.g. ['status.shown', '{{entities}} · …']. */
function leaves(strings: Strings, prefix = ''): [string, string][] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`),
  );
}

// i18next's plural suffixes: a language may need forms another lacks (Turkish and
// English both use _one/_other, so for these two the keys must match exactly).
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('the English and Turkish strings', () => {
  const english = new Map(leaves({ ...en, ...onDemandEn }));
  const turkish = new Map(leaves({ ...tr, ...onDemandTr }));

  it('have the same keys', () => {
    expect([...turkish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('are never empty', () => {
    for (const [key, text] of [...english, ...turkish]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of english)
      expect(variables(turkish.get(key) ?? ''), key).toEqual(variables(text));
  });
});
