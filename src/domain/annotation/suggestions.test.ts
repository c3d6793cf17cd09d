import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/datasetSchema.ts';
import type { Mention } from '../evidence/findMentions.ts';
import { paragraphSegments, suggestionKey, uncitedMentions } from './suggestions.ts';
import { syntheticArticle, syntheticDraft } from '../../testSupport/syntheticDraft.ts';

// Synthetic draft: fictional states, a fictional Turkish article.
const PARAGRAPH = 'Veloria’ya giden heyet, Marenzia ve Veloria arasında aracılık yaptı.';
const article = syntheticArticle('a', [PARAGRAPH], { language: 'tr' });
const draft: Dataset = {
  ...syntheticDraft([article]),
  entities: [
    {
      id: 'veloria',
      kind: 'state',
      name: { en: 'Veloria' },
      evidence: [
        {
          article: 'a',
          paragraph: 1,
          offset: 0,
          quote: 'Veloria’ya',
          modality: 'stated',
          gloss: { en: '(synthetic) to Veloria' },
        },
      ],
    },
    { id: 'marenzia', kind: 'state', name: { en: 'Marenzia' }, evidence: [] },
  ],
};

describe('uncitedMentions', () => {
  it('suggests every mention no excerpt of the same entity covers', () => {
    const quoted = uncitedMentions(draft, article).map((m) =>
      PARAGRAPH.slice(m.start, m.end).concat(' → ', m.entityId),
    );
    // The first "Veloria’ya" is already its excerpt; the second Veloria and Marenzia are not.
    expect(quoted).toEqual(['Marenzia → marenzia', 'Veloria → veloria']);
  });

  it('leaves out the dismissed ones', () => {
    const [first] = uncitedMentions(draft, article);
    const left = uncitedMentions(draft, article, new Set([suggestionKey(first!)]));
    expect(left.map((m) => m.entityId)).toEqual(['veloria']);
  });
});

const mention = (start: number, end: number): Mention => ({
  entityId: `e${start}`,
  paragraph: 1,
  start,
  end,
  name: 'x',
  isNested: false,
});

describe('paragraphSegments', () => {
  it('cuts the paragraph at the selection and the suggestions', () => {
    const veloria = mention(4, 11);
    expect(paragraphSegments(20, { start: 8, end: 15 }, [veloria])).toEqual([
      { start: 0, end: 4, selected: false, suggestion: null },
      { start: 4, end: 8, selected: false, suggestion: veloria },
      { start: 8, end: 11, selected: true, suggestion: veloria },
      { start: 11, end: 15, selected: true, suggestion: null },
      { start: 15, end: 20, selected: false, suggestion: null },
    ]);
  });

  it('is one plain run when nothing is marked', () => {
    expect(paragraphSegments(12, null, [])).toEqual([
      { start: 0, end: 12, selected: false, suggestion: null },
    ]);
  });

  const span = (length: number) =>
    fc
      .tuple(fc.nat({ max: length }), fc.nat({ max: length }))
      .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));

  test.prop([
    fc
      .nat({ max: 60 })
      .chain((length) =>
        fc.tuple(
          fc.constant(length),
          fc.option(span(length), { nil: null }),
          fc.array(span(length).map(({ start, end }) => mention(start, end))),
        ),
      ),
  ])(
    'the runs cover the paragraph once, in order, each drawn as the spans say',
    ([length, selection, suggestions]) => {
      const segments = paragraphSegments(length, selection, suggestions);
      expect(segments[0]?.start ?? 0).toBe(0);
      expect(segments.at(-1)?.end ?? 0).toBe(length);
      for (const [i, s] of segments.entries()) {
        expect(s.end).toBeGreaterThan(s.start);
        if (i > 0) expect(s.start).toBe(segments[i - 1]!.end);
        for (let at = s.start; at < s.end; at++) {
          const inSelection = selection !== null && selection.start <= at && at < selection.end;
          expect(s.selected).toBe(inSelection);
          const covering = suggestions.find((m) => m.start <= at && at < m.end) ?? null;
          expect(s.suggestion === null).toBe(covering === null);
        }
      }
    },
  );
});
