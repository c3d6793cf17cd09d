import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../dataset/datasetSchema.ts';
import { seedDataset } from '../../testSupport/seedDataset.ts';
import {
  findMentions,
  findNamedMentions,
  foldArticleAhead,
  foldByChar,
  mentionNames,
} from './findMentions.ts';
import { foldText } from '../search/foldText.ts';

const seed = seedDataset();
const article = seed.articles[0]!;
const mentions = findMentions(article, seed.entities);
const textsOf = (entityId: string) =>
  mentions
    .filter((m) => m.entityId === entityId && !m.isNested)
    .map((m) => article.paragraphs[m.paragraph - 1]!.slice(m.start, m.end));

describe('findMentions in the seed article', () => {
  it('finds inflected forms after either apostrophe', () => {
    expect(textsOf('russia')).toContain("Rusya'nın");
    expect(textsOf('north-korea')).toContain('Kore’ye'.replace('Kore', 'Kuzey Kore'));
    expect(textsOf('north-korea')).toContain('Kuzey Kore’nin');
    expect(textsOf('north-korea')).toContain("Kuzey Kore'deki");
    expect(textsOf('sergey-lavrov')).toContain("Lavrov'un");
    expect(textsOf('the-west')).toContain("Batı'nın");
  });

  it('finds derived forms without an apostrophe', () => {
    expect(textsOf('north-korea')).toContain('Kuzey Koreli');
    expect(textsOf('us-and-allies')).toContain('ABD ve müttefiklerinin');
  });

  it('draws the longest name where names overlap, and keeps the shorter ones as nested', () => {
    expect(textsOf('nk-nuclear-programme')).toEqual(["Kuzey Kore'nin nükleer programı"]);
    expect(textsOf('united-states')).toEqual([]);
    const nested = mentions.filter((m) => m.isNested).map((m) => `${m.entityId}:${m.name}`);
    expect(nested).toContain('united-states:ABD');
    expect(nested).toContain('north-korea:Kuzey Kore');
  });

  it('matches short acronyms only as written', () => {
    const us = {
      id: 'us',
      kind: 'state',
      name: { en: 'United States' },
      aliases: { en: ['US'] },
      evidence: [],
    } as unknown as Entity;
    const found = findMentions({ paragraphs: ['They told us the US agreed.'] }, [us]);
    expect(found.map((m) => m.start)).toEqual([17]);
  });

  it('counts every mention of Russia in the article', () => {
    expect(textsOf('russia')).toEqual(['Rusya', "Rusya'nın", 'Rusya', 'Rusya', "Rusya'nın"]);
  });

  it('ignores a name inside a longer word', () => {
    const entity = {
      id: 'ab',
      kind: 'state',
      name: { en: 'Ab' },
      evidence: [],
    } as unknown as Entity;
    expect(
      findMentions({ paragraphs: ['Kabul Ab AB’ye abcdefghij'] }, [entity]).map((m) => m.start),
    ).toEqual([6, 9]);
  });
});

describe('foldArticleAhead', () => {
  it('folds a paragraph at a time while there is time, and a search finds the same after', () => {
    const seed = seedDataset();
    const article = seed.articles[0]!;
    const names = mentionNames(seed.entities);
    const expected = findNamedMentions({ paragraphs: [...article.paragraphs] }, names);
    const paragraphs = [...article.paragraphs];
    let budget = 1;
    // Time for one paragraph: not done.
    expect(foldArticleAhead(paragraphs, () => budget-- > 0)).toBe(false);
    // The search completes what was left, and finds what a search from nothing finds.
    expect(findNamedMentions({ paragraphs }, names)).toEqual(expected);
    expect(foldArticleAhead(paragraphs, () => false)).toBe(true);
    expect(expected.length).toBeGreaterThan(0);
  });
});

describe('foldByChar', () => {
  it('leaves every ASCII character but the capitals as it is, as its fast path assumes', () => {
    const changed = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).filter(
      (ch) => foldText(ch) !== ch,
    );
    expect(changed.join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  });

  // One character folded alone, kept to its length: the definition the fast path keeps.
  const foldOne = (ch: string) => {
    const f = foldText(ch);
    return f.length === ch.length
      ? f
      : ch.toLowerCase().slice(0, ch.length).padEnd(ch.length, '\0');
  };
  // Code points, combining marks and astral letters among them: the text is cut apart
  // by code point on purpose.
  const letters = Array.from("aZ İıIiŞşĞğÜüÖöÇçÂâ’'-.1e\u0301ß𐐀𐐨ﬁ😀\u00a0");

  test.prop([fc.array(fc.constantFrom(...letters), { maxLength: 40 }).map((a) => a.join(''))])(
    'folds each character alone and keeps every offset',
    (text) => {
      const folded = foldByChar(text);
      expect(folded).toBe(Array.from(text, foldOne).join(''));
      expect(folded).toHaveLength(text.length);
    },
  );
});
