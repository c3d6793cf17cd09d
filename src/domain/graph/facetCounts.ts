import type { EntityKind } from '../dataset/datasetSchema.ts';
import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { classifyRelation } from '../relations/classifyRelation.ts';
import type { RelationKind, Stance } from '../relations/relationKinds.ts';
import type { QuadFilter, ViewState } from '../view/viewState.ts';
import { filterGraph } from './filterGraph.ts';

/** For each filter option, how many entities or relations it would keep. */
export interface FacetCounts {
  entityKinds: ReadonlyMap<EntityKind, number>;
  stances: ReadonlyMap<Stance, number>;
  relationKinds: ReadonlyMap<RelationKind, number>;
  quadClasses: ReadonlyMap<QuadFilter, number>;
  /** Entities and relations citing each article. */
  articles: ReadonlyMap<string, number>;
}

function tally<K>(keys: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * Counts per filter option, each under all the other filters of the view (its own
 * dimension switched off, the focus ignored), as faceted search shows them.
 * @example facetCounts(index, DEFAULT_VIEW).entityKinds.get('official') // 2
 */
export function facetCounts(index: DatasetIndex, view: ViewState): FacetCounts {
  const without = (dimension: keyof ViewState) =>
    filterGraph(index, { ...view, [dimension]: null, focus: null });
  const relationsOf = (ids: ReadonlySet<string>) =>
    [...ids].map((id) => index.relationById.get(id)!);

  const byKind = without('entityKinds');
  const byStance = without('stances');
  const byRelationKind = without('relationKinds');
  const byQuad = without('quadClasses');
  const byArticle = without('articles');
  const citing = [
    ...[...byArticle.entities].map((id) => index.entityById.get(id)!),
    ...relationsOf(byArticle.relations),
  ];
  return {
    entityKinds: tally([...byKind.entities].map((id) => index.entityById.get(id)!.kind)),
    stances: tally(relationsOf(byStance.relations).map((r) => classifyRelation(r).stance)),
    relationKinds: tally(relationsOf(byRelationKind.relations).map((r) => r.kind)),
    quadClasses: tally(
      relationsOf(byQuad.relations).map((r) => classifyRelation(r).quadClass ?? 'none'),
    ),
    // An item counts for every article it quotes or cites, as the filter keeps it.
    articles: tally(
      citing.flatMap((item) => [
        ...new Set([...item.evidence, ...(item.citations ?? [])].map((e) => e.article)),
      ]),
    ),
  };
}
