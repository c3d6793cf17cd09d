import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Dataset, Evidence } from '../dataset/datasetSchema.ts';
import { validateDataset } from '../dataset/validateDataset.ts';
import { excerptOf } from './draftEdits.ts';
import { resolveExcerpt, reviseArticleText } from './reviseText.ts';
import { syntheticArticle, syntheticDraft } from '../../testSupport/syntheticDraft.ts';

// A fictional article and draft, written for the test.
const TEXT = [
  'Veloria and Marenzia signed a pact in Kastelo.',
  'Varn said Veloria would support Marenzia. Varn said so twice.',
];
const base: Dataset = syntheticDraft([syntheticArticle('a', TEXT)]);
const excerpt = (paragraph: number, words: string, nth = 0): Evidence => {
  const text = TEXT[paragraph - 1]!;
  let at = text.indexOf(words);
  for (let i = 0; i < nth; i++) at = text.indexOf(words, at + 1);
  const made = excerptOf(base, {
    article: 'a',
    start: { paragraph, offset: at },
    end: { paragraph, offset: at + words.length },
  });
  if (!made.ok) throw new Error(made.reason);
  return made.evidence;
};
const draft: Dataset = {
  ...base,
  entities: [
    { id: 'veloria', kind: 'state', name: { en: 'Veloria' }, evidence: [excerpt(1, 'Veloria')] },
    { id: 'varn', kind: 'official', name: { en: 'Varn' }, evidence: [excerpt(2, 'Varn', 1)] },
    { id: 'pact', kind: 'topic', name: { en: 'Pact' }, evidence: [excerpt(1, 'signed a pact')] },
    { id: 'marenzia', kind: 'state', name: { en: 'Marenzia' }, evidence: [excerpt(1, 'Marenzia')] },
  ],
};

describe('reviseArticleText', () => {
  it('keeps exact excerpts and moves the ones found once again with their context', () => {
    const revised = [
      'Yesterday, Veloria and Marenzia signed a pact in Kastelo.',
      'Varn said Veloria would support Marenzia. Varn said so twice. Varn repeated it.',
    ];
    const { dataset, report } = reviseArticleText(draft, 'a', revised)!;
    expect(report.exact.map((r) => r.item)).toEqual(['varn']);
    expect(report.moved.map((r) => r.item)).toEqual(['veloria', 'pact', 'marenzia']);
    expect(report.ambiguous).toEqual([]);
    expect(report.missing).toEqual([]);
    for (const entity of dataset.entities)
      for (const e of entity.evidence)
        expect(revised[e.paragraph - 1]!.slice(e.offset, e.offset + e.quote.length)).toBe(e.quote);
    expect(dataset.articles[0]!.textHash).not.toBe(draft.articles[0]!.textHash);
    expect(validateDataset(dataset).ok).toBe(true);
  });

  it('lists a quote whose words changed as missing, with a suggestion only, and leaves it as it was', () => {
    const revised = ['Veloria and Marenzia agreed a pact in Kastelo.', TEXT[1]!];
    const { dataset, report } = reviseArticleText(draft, 'a', revised)!;
    expect(report.missing.map((r) => [r.item, r.suggestion?.text])).toEqual([
      ['pact', expect.stringContaining('a pact') as string],
    ]);
    const pact = dataset.entities.find((e) => e.id === 'pact')!;
    expect(pact.evidence[0]).toEqual(draft.entities[2]!.evidence[0]);
    // The analyst confirms the suggestion: the quote is cut from the stored text.
    const { suggestion } = report.missing[0]!;
    const confirmed = resolveExcerpt(dataset, report.missing[0]!, {
      place: { ...suggestion!, length: suggestion!.text.length },
    });
    const quote = confirmed.entities.find((e) => e.id === 'pact')!.evidence[0]!;
    expect(
      revised[quote.paragraph - 1]!.slice(quote.offset, quote.offset + quote.quote.length),
    ).toBe(quote.quote);
  });

  it('calls a quote ambiguous when its words and context occur twice, and resolves it as the analyst says', () => {
    const revised = [TEXT[0]!, 'Varn said so twice. Varn said so twice.'];
    const { dataset, report } = reviseArticleText(draft, 'a', revised)!;
    const [varn] = report.ambiguous;
    expect(varn?.item).toBe('varn');
    expect(varn?.places.length).toBeGreaterThan(1);
    const chosen = varn!.places[1]!;
    const resolved = resolveExcerpt(dataset, varn!, {
      place: { ...chosen, length: 'Varn'.length },
    });
    const evidence = resolved.entities.find((e) => e.id === 'varn')!.evidence[0]!;
    expect(evidence).toMatchObject({
      paragraph: chosen.paragraph,
      offset: chosen.offset,
      quote: 'Varn',
    });
    const checked = validateDataset(resolved);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(
      resolveExcerpt(dataset, varn!, 'remove').entities.find((e) => e.id === 'varn')!.evidence,
    ).toEqual([]);
  });

  test.prop([fc.string({ maxLength: 20 }).filter((s) => !s.includes('\n'))])(
    'text added before a paragraph never loses an excerpt: each stays verbatim',
    (added) => {
      const revised = [`${added}${TEXT[0]}`, TEXT[1]!];
      const { dataset, report } = reviseArticleText(draft, 'a', revised)!;
      expect(report.missing).toEqual([]);
      for (const entity of dataset.entities)
        for (const e of entity.evidence) {
          if (report.ambiguous.some((r) => r.item === entity.id)) continue;
          expect(revised[e.paragraph - 1]!.slice(e.offset, e.offset + e.quote.length)).toBe(
            e.quote,
          );
        }
    },
  );
});
