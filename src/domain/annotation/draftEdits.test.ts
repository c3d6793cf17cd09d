import { describe, expect, it } from 'vitest';
import { validateDataset } from '../dataset/validateDataset.ts';
import {
  addArticle,
  addEntity,
  addEvidence,
  addRelation,
  excerptOf,
  idFromName,
  newDraftDataset,
  type ArticleMetadata,
} from './draftEdits.ts';

// A fictional article, written for this test.
const TEXT = [
  'Veloria ile Marenzia dışişleri bakanları dün Kastelo’da bir araya geldi.',
  'Bakan Ilsa Varn, iki ülkenin işbirliğini güçlendireceğini söyledi.',
  "Gözlemcilere göre Marenzia'nın Veloria'ya destek vermesi muhtemel.",
];
const META: ArticleMetadata = {
  title: 'Kastelo görüşmesi',
  publisher: null,
  author: null,
  published: null,
  url: null,
  language: 'tr',
  licence: null,
  annotatedBy: 'test',
};

function must<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

const sel = (paragraph: number, words: string, from = 0) => {
  const offset = TEXT[paragraph - 1]!.indexOf(words, from);
  return {
    article: 'kastelo-gorusmesi',
    start: { paragraph, offset },
    end: { paragraph, offset: offset + words.length },
  };
};

describe('building a dataset from an article', () => {
  it('gives a dataset that passes the same check as data:check, every excerpt verbatim', () => {
    let { dataset } = must(addArticle(newDraftDataset('Notlar'), META, TEXT));
    const entity = (
      kind: 'state' | 'official' | 'meeting',
      en: string,
      words: string,
      p: number,
    ) => {
      const ev = must(
        excerptOf(dataset, sel(p, words), { modality: 'stated', gloss: { en } }),
      ).evidence;
      dataset = must(addEntity(dataset, { kind, name: { en, tr: en } }, ev)).dataset;
    };
    entity('state', 'Veloria', 'Veloria', 1);
    entity('state', 'Marenzia', 'Marenzia', 1);
    entity('official', 'Ilsa Varn', 'Ilsa Varn', 2);
    entity('meeting', 'Kastelo meeting', 'bir araya geldi', 1);
    const stated = must(
      excerptOf(dataset, sel(2, 'iki ülkenin işbirliğini güçlendireceğini'), {
        modality: 'stated',
        gloss: { en: 'will strengthen the two countries’ cooperation' },
      }),
    );
    dataset = must(
      addRelation(
        dataset,
        { kind: 'cooperates-with', source: 'veloria', target: 'marenzia' },
        stated.evidence,
      ),
    ).dataset;
    const hedged = must(
      excerptOf(dataset, sel(3, "Marenzia'nın Veloria'ya destek vermesi muhtemel"), {
        modality: 'hedged',
        cue: 'muhtemel',
        gloss: { en: 'Marenzia is likely to support Veloria.' },
      }),
    );
    dataset = must(
      addRelation(
        dataset,
        { kind: 'supports', source: 'marenzia', target: 'veloria' },
        hedged.evidence,
      ),
    ).dataset;
    const checked = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(dataset.relations[1]!.evidence[0]).toMatchObject({
      modality: 'hedged',
      cue: 'muhtemel',
      selector: { prefix: 'Gözlemcilere göre ', suffix: '.' },
    });
    expect(dataset.articles[0]!.textHash).toMatch(/^[0-9a-f]{8}$/);
  });

  it('cuts the quote from the stored paragraph, not from what the browser selected', () => {
    const { dataset } = must(addArticle(newDraftDataset('x'), META, TEXT));
    const { evidence } = must(excerptOf(dataset, sel(2, 'Ilsa Varn')));
    expect(evidence).toMatchObject({ paragraph: 2, offset: 6, quote: 'Ilsa Varn' });
  });

  it('refuses a quote across two paragraphs, an empty article, a relation to itself and a cue outside the quote', () => {
    const { dataset } = must(addArticle(newDraftDataset('x'), META, TEXT));
    expect(addArticle(dataset, META, [])).toEqual({ ok: false, reason: 'no-text' });
    expect(
      excerptOf(dataset, {
        article: 'kastelo-gorusmesi',
        start: { paragraph: 1, offset: 3 },
        end: { paragraph: 2, offset: 4 },
      }),
    ).toEqual({ ok: false, reason: 'spans-paragraphs' });
    expect(excerptOf(dataset, sel(1, 'Veloria'), { modality: 'hedged', cue: 'belki' })).toEqual({
      ok: false,
      reason: 'cue-not-in-quote',
    });
    expect(excerptOf(dataset, sel(1, 'Veloria'), { modality: 'hedged' })).toEqual({
      ok: false,
      reason: 'needs-cue',
    });
    const ev = must(excerptOf(dataset, sel(1, 'Veloria'))).evidence;
    const withState = must(
      addEntity(dataset, { kind: 'state', name: { en: 'Veloria' } }, ev),
    ).dataset;
    expect(
      addRelation(withState, { kind: 'supports', source: 'veloria', target: 'veloria' }, ev),
    ).toEqual({ ok: false, reason: 'same-ends' });
  });

  it('adds evidence to an existing item instead of a second entity', () => {
    const { dataset } = must(addArticle(newDraftDataset('x'), META, TEXT));
    const first = must(excerptOf(dataset, sel(1, 'Marenzia'))).evidence;
    const second = must(excerptOf(dataset, sel(3, "Marenzia'nın"))).evidence;
    const withOne = must(addEntity(dataset, { kind: 'state', name: { en: 'Marenzia' } }, first));
    const withTwo = must(addEvidence(withOne.dataset, withOne.id, second)).dataset;
    expect(withTwo.entities).toHaveLength(1);
    expect(withTwo.entities[0]!.evidence.map((e) => e.quote)).toEqual(['Marenzia', "Marenzia'nın"]);
  });
});

it('makes unique ids from names in any script', () => {
  expect(idFromName('Kuzey Kore', new Set())).toBe('kuzey-kore');
  expect(idFromName('Kuzey Kore', new Set(['kuzey-kore']))).toBe('kuzey-kore-2');
  expect(idFromName('東京', new Set(), 'state')).toBe('state');
});
