import { describe, expect, it } from 'vitest';
import { indexDataset } from '../dataset/indexDataset.ts';
import { shortestPaths } from '../graph/shortestPaths.ts';
import { filterGraph } from '../graph/filterGraph.ts';
import { rollUp } from '../graph/rollUp.ts';
import { DEFAULT_VIEW } from '../view/viewState.ts';
import { bundledDataset } from '../../testSupport/bundledDataset.ts';
import { evidenceBrief } from './evidenceBrief.ts';

const seed = indexDataset(bundledDataset('lavrov-choe'));
const fictional = indexDataset(bundledDataset('fictional-veld'));
const everything = (index: typeof seed) => filterGraph(index, DEFAULT_VIEW);
const ids = (brief: ReturnType<typeof evidenceBrief>) =>
  brief.items.map((item) => (item.type === 'entity' ? item.entity.id : item.relation.id));

describe('evidenceBrief', () => {
  it('for a selected relation, lists it with every excerpt and its article, unknowns left null', () => {
    const brief = evidenceBrief(seed, everything(seed), 'russia-north-korea-strategic-ties');
    expect(brief.scope.type).toBe('relation');
    expect(ids(brief)).toEqual(['russia-north-korea-strategic-ties']);
    const relation = seed.relationById.get('russia-north-korea-strategic-ties')!;
    expect(brief.items[0]!.excerpts.map((e) => e.evidence)).toEqual(relation.evidence);
    expect(brief.items[0]!.excerpts.map((e) => e.number)).toEqual([1, 2]);
    const article = brief.items[0]!.excerpts[0]!.article;
    expect([article.title, article.publisher, article.published, article.url]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(brief.articles).toHaveLength(1);
    expect(brief.omitted).toBe(0);
  });

  it('for a selected rolled-up tie, lists its meeting and every relation behind it', () => {
    const tieId = 'rollup:north-korea|russia|meeting';
    const tie = rollUp(seed, everything(seed)).ties.find((t) => t.id === tieId)!;
    const brief = evidenceBrief(seed, everything(seed), tieId, { tie });
    expect(brief.scope).toEqual({ type: 'tie', tie });
    expect(ids(brief)).toEqual([
      'lavrov-choe-meeting',
      ...tie.relations,
      ...tie.offices,
      ...tie.memberships,
    ]);
    expect(tie.offices).toHaveLength(2);
    // Without the tie resolved, a tie id selects nothing the brief knows: all shown.
    expect(evidenceBrief(seed, everything(seed), tieId).scope.type).toBe('shown');
  });

  it('for a selected entity, lists the entity and its shown relations only', () => {
    const shown = filterGraph(seed, { ...DEFAULT_VIEW, stances: ['conflict'] });
    const brief = evidenceBrief(seed, shown, 'russia');
    expect(brief.scope.type).toBe('entity');
    expect(ids(brief)).toEqual([
      'russia',
      'russia-west-tensions',
      'russia-weakens-west-influence-in-region',
    ]);
    expect(seed.relationsByEntity.get('russia')!.length).toBeGreaterThan(2);
  });

  it('with nothing selected, lists the shown entities with excerpts, then every shown relation', () => {
    const shown = filterGraph(fictional, { ...DEFAULT_VIEW, lens: 'vossia-pressure' });
    const brief = evidenceBrief(fictional, shown, null);
    expect(brief.scope.type).toBe('shown');
    const entities = fictional.dataset.entities
      .filter((e) => shown.entities.has(e.id) && e.evidence.length > 0)
      .map((e) => e.id);
    expect(entities.length).toBeGreaterThan(0);
    expect(ids(brief)).toEqual([
      ...entities,
      ...fictional.dataset.relations.filter((r) => shown.relations.has(r.id)).map((r) => r.id),
    ]);
    expect(brief.articles.map((a) => a.id).sort()).toEqual(
      [...new Set(brief.items.flatMap((i) => i.excerpts.map((e) => e.article.id)))].sort(),
    );
  });

  it('past the cap, lists the first relations and counts the rest', () => {
    const brief = evidenceBrief(fictional, everything(fictional), null, {
      maxRelations: 5,
      maxEntities: 2,
    });
    const withExcerpts = fictional.dataset.entities.filter((e) => e.evidence.length > 0).length;
    expect(brief.items.map((i) => i.type)).toEqual([
      'entity',
      'entity',
      ...Array<string>(5).fill('relation'),
    ]);
    expect(brief.omitted).toBe(fictional.dataset.relations.length - 5);
    expect(brief.omittedEntities).toBe(withExcerpts - 2);
  });

  it('keeps articles with known metadata as they are', () => {
    const brief = evidenceBrief(fictional, everything(fictional), 'norland-tesk-water-accord');
    const publishers = brief.articles.map((a) => a.publisher);
    expect(publishers).toContain('The Norland Ledger (fictional)');
  });

  it('with nothing selected and a path drawn, follows the path: its entities, then each hop in order', () => {
    const [path] = shortestPaths(fictional, 'arvel-quint', 'halvard-ens');
    const brief = evidenceBrief(fictional, everything(fictional), null, { path: path! });
    expect(brief.scope).toEqual({ type: 'path', path });
    expect(ids(brief)).toEqual([
      ...path!.entities.filter((id) => fictional.entityById.get(id)!.evidence.length > 0),
      ...path!.hops.flatMap((hop) => hop.relations.map((r) => r.relation.id)),
    ]);
    // A selection still wins over the path.
    expect(
      evidenceBrief(fictional, everything(fictional), 'norland', { path: path! }).scope.type,
    ).toBe('entity');
  });
});
