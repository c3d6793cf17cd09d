import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Dataset, Evidence } from '../dataset/datasetSchema.ts';
import { validateDataset } from '../dataset/validateDataset.ts';
import { likelyDuplicates, mergeEntities } from './duplicates.ts';
import { syntheticArticle, syntheticDraft } from '../../testSupport/syntheticDraft.ts';

// Synthetic draft: fictional states and people, a fictional article.
const PARAGRAPH = 'Veloria’ya giden Varn, VELORIA ile Marenzia arasında aracılık yaptı.';
const quote = (words: string): Evidence => ({
  article: 'a',
  paragraph: 1,
  offset: PARAGRAPH.indexOf(words),
  quote: words,
  modality: 'stated',
  gloss: { en: `(synthetic) ${words}` },
});
const draft: Dataset = {
  ...syntheticDraft([syntheticArticle('a', [PARAGRAPH], { language: 'tr' })]),
  entities: [
    { id: 'veloria', kind: 'state', name: { en: 'Veloria' }, evidence: [quote('Veloria’ya')] },
    { id: 'varn', kind: 'official', name: { en: 'Varn' }, evidence: [quote('Varn')] },
    { id: 'veloria-2', kind: 'state', name: { en: 'VELORIA' }, evidence: [quote('VELORIA')] },
    { id: 'marenzia', kind: 'state', name: { en: 'Marenzia' }, evidence: [quote('Marenzia')] },
    // Same name, another kind: not a duplicate.
    {
      id: 'veloria-topic',
      kind: 'topic',
      name: { en: 'Veloria' },
      evidence: [quote('Veloria’ya')],
    },
  ],
  relations: [
    {
      id: 'varn-office',
      kind: 'holds-office',
      source: 'varn',
      target: 'veloria-2',
      role: { en: 'envoy' },
      evidence: [quote('Varn')],
    },
    {
      id: 'veloria-marenzia',
      kind: 'cooperates-with',
      source: 'veloria',
      target: 'marenzia',
      evidence: [quote('VELORIA ile Marenzia')],
    },
    {
      id: 'veloria-twice',
      kind: 'cooperates-with',
      source: 'veloria',
      target: 'veloria-2',
      evidence: [quote('VELORIA')],
    },
  ],
  lenses: [{ id: 'pair', name: { en: 'Pair' }, entities: ['veloria-2', 'marenzia', 'veloria'] }],
};

describe('likelyDuplicates', () => {
  it('pairs entities of one kind whose names fold alike, suffix and case aside', () => {
    expect(likelyDuplicates(draft)).toEqual([
      { first: 'veloria', second: 'veloria-2', key: 'veloria' },
    ]);
  });

  it('finds a Turkish-suffixed alias too', () => {
    const withAlias = {
      entities: [
        { ...draft.entities[3]!, aliases: { tr: ['Marenzia’nın'] } },
        { ...draft.entities[3]!, id: 'marenzia-2', name: { en: 'Marenzıa' } },
      ],
    };
    expect(likelyDuplicates(withAlias).map((pair) => pair.second)).toEqual(['marenzia-2']);
  });
});

describe('mergeEntities', () => {
  const outcome = mergeEntities(draft, 'veloria', 'veloria-2')!;

  it('keeps the evidence of both and the dropped name as an alias', () => {
    const veloria = outcome.dataset.entities.find((e) => e.id === 'veloria')!;
    expect(veloria.evidence.map((e) => e.quote)).toEqual(['Veloria’ya', 'VELORIA']);
    expect(veloria.aliases).toEqual({ en: ['VELORIA'] });
    expect(outcome.dataset.entities.map((e) => e.id)).not.toContain('veloria-2');
  });

  it('moves relations and lenses to the kept entity, and removes a relation that would join it to itself', () => {
    expect(outcome.dataset.relations.find((r) => r.id === 'varn-office')?.target).toBe('veloria');
    expect(outcome.removedRelations).toEqual(['veloria-twice']);
    expect(outcome.dataset.lenses?.[0]?.entities).toEqual(['veloria', 'marenzia']);
  });

  it('leaves a dataset that passes the checks', () => {
    const checked = validateDataset(outcome.dataset);
    expect(
      checked.ok ? [] : checked.problems.map((p) => `${p.path.join('.')}: ${p.message}`),
    ).toEqual([]);
  });

  it('refuses entities of different kinds, one entity twice, or a missing one', () => {
    expect(mergeEntities(draft, 'veloria', 'veloria-topic')).toBeNull();
    expect(mergeEntities(draft, 'veloria', 'veloria')).toBeNull();
    expect(mergeEntities(draft, 'veloria', 'nowhere')).toBeNull();
  });

  test.prop([fc.constantFrom('veloria', 'veloria-2')])(
    'every excerpt of either entity is kept, whichever is kept',
    (keep) => {
      const drop = keep === 'veloria' ? 'veloria-2' : 'veloria';
      const merged = mergeEntities(draft, keep, drop)!.dataset.entities.find((e) => e.id === keep)!;
      const before = draft.entities
        .filter((e) => e.id === keep || e.id === drop)
        .flatMap((e) => e.evidence.map((x) => x.quote));
      expect(merged.evidence.map((e) => e.quote).sort()).toEqual(before.sort());
    },
  );
});
