import type { Article, Dataset, Entity, Lens, Relation } from './datasetSchema.ts';

/** Lookups over a dataset, built once per dataset; everything here is derived. */
export interface DatasetIndex {
  dataset: Dataset;
  entityById: ReadonlyMap<string, Entity>;
  relationById: ReadonlyMap<string, Relation>;
  articleById: ReadonlyMap<string, Article>;
  lensById: ReadonlyMap<string, Lens>;
  /** The relations at either end of each entity, in dataset order. */
  relationsByEntity: ReadonlyMap<string, readonly Relation[]>;
}

/**
 * Indexes a valid dataset for lookups by id.
 * @example indexDataset(dataset).entityById.get('sergey-lavrov')?.kind // 'official'
 */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const relationsByEntity = new Map<string, Relation[]>(dataset.entities.map((e) => [e.id, []]));
  for (const relation of dataset.relations) {
    relationsByEntity.get(relation.source)?.push(relation);
    if (relation.target !== relation.source) relationsByEntity.get(relation.target)?.push(relation);
  }
  return {
    dataset,
    entityById: new Map(dataset.entities.map((e) => [e.id, e])),
    relationById: new Map(dataset.relations.map((r) => [r.id, r])),
    articleById: new Map(dataset.articles.map((a) => [a.id, a])),
    lensById: new Map((dataset.lenses ?? []).map((l) => [l.id, l])),
    relationsByEntity,
  };
}

/** One end of a structural tie, seen from the entity the question is about. */
export interface TieEnd {
  relation: Relation;
  other: Entity;
}

/**
 * The ties of one kind at an entity, seen from it: its offices (holds-office from an
 * official), a bloc's named members (member-of into the bloc), a meeting's participants
 * (takes-part-in into the meeting).
 * @example tiesOf(index, 'lavrov-choe-meeting', 'takes-part-in', 'incoming').map((t) => t.other.id)
 * // ['sergey-lavrov', 'choe-son-hui']
 */
export function tiesOf(
  index: DatasetIndex,
  entityId: string,
  kind: Relation['kind'],
  direction: 'outgoing' | 'incoming',
): TieEnd[] {
  const ends: TieEnd[] = [];
  for (const relation of index.relationsByEntity.get(entityId) ?? []) {
    if (relation.kind !== kind) continue;
    const [from, to] =
      direction === 'outgoing'
        ? [relation.source, relation.target]
        : [relation.target, relation.source];
    const other = index.entityById.get(to);
    if (from === entityId && other !== undefined) ends.push({ relation, other });
  }
  return ends;
}

/**
 * The relations some ids name, in their order; ids of nothing are skipped.
 * @example relationsOf(index, tie.relations).map((r) => r.kind) // ['takes-part-in', 'takes-part-in']
 */
export function relationsOf(index: DatasetIndex, ids: readonly string[]): Relation[] {
  return ids.flatMap((id) => index.relationById.get(id) ?? []);
}

/**
 * The ids of an element and of everything one step from it: for an entity, its
 * relations and their other ends; for a relation, the relation and its two ends.
 */
export function neighbourhoodOf(index: DatasetIndex, id: string): Set<string> {
  const relation = index.relationById.get(id);
  if (relation !== undefined) return new Set([id, relation.source, relation.target]);
  const ids = new Set([id]);
  for (const r of index.relationsByEntity.get(id) ?? []) {
    ids.add(r.id).add(r.source).add(r.target);
  }
  return ids;
}

/**
 * The language of the article an item's first excerpt quotes: the language its
 * words for a date ("geçtiğimiz günlerde") are in.
 * @example sourceLanguageOf(index, meeting) // 'tr'
 */
export function sourceLanguageOf(
  index: DatasetIndex,
  item: { evidence: readonly { article: string }[] },
): string | undefined {
  const first = item.evidence[0];
  return first === undefined ? undefined : index.articleById.get(first.article)?.language;
}
