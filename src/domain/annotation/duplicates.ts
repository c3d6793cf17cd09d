import type { Dataset, Entity } from '../dataset/datasetSchema.ts';
import { foldText } from '../search/foldText.ts';
import { bareName } from './bareName.ts';

/** Two entities of one kind whose names fold to the same key: likely one thing named twice. */
export interface LikelyDuplicate {
  /** The entity listed first in the dataset, and the later one. */
  first: string;
  second: string;
  /** The shared name, folded ("kuzey kore"). */
  key: string;
}

/** Other names by language, as entities keep them. */
type LocalizedList = Record<string, string[]>;

/** A name's key: its Turkish suffix dropped ("Rusya'nın" → "Rusya"), then folded. */
const keyOf = (name: string) => foldText(bareName(name)).replace(/\s+/g, ' ').trim();

/** Every name and alias of an entity, in every language. */
function namesOf(entity: Entity): string[] {
  return [...Object.values(entity.name), ...Object.values(entity.aliases ?? {}).flat()];
}

/**
 * Pairs of entities of the same kind sharing a name or alias once case, diacritics and
 * a Turkish suffix are folded away ("Kuzey Kore" and "KUZEY KORE’ye"): what an
 * analyst may want to merge. Each pair once, in dataset order.
 * @example likelyDuplicates(draft) // [{ first: 'kuzey-kore', second: 'kuzey-kore-2', key: 'kuzey kore' }]
 */
export function likelyDuplicates(dataset: Pick<Dataset, 'entities'>): LikelyDuplicate[] {
  const byKey = new Map<string, Entity[]>();
  for (const entity of dataset.entities) {
    for (const key of new Set(namesOf(entity).map(keyOf))) {
      if (key === '') continue;
      const bucket = byKey.get(`${entity.kind}|${key}`) ?? [];
      bucket.push(entity);
      byKey.set(`${entity.kind}|${key}`, bucket);
    }
  }
  const order = new Map(dataset.entities.map((entity, i) => [entity.id, i]));
  const pairs = new Map<string, LikelyDuplicate>();
  for (const [bucketKey, entities] of byKey) {
    const key = bucketKey.slice(bucketKey.indexOf('|') + 1);
    for (let i = 0; i < entities.length; i++)
      for (let j = i + 1; j < entities.length; j++) {
        const [first, second] = [entities[i]!, entities[j]!].sort(
          (a, b) => order.get(a.id)! - order.get(b.id)!,
        );
        const id = `${first!.id}|${second!.id}`;
        if (!pairs.has(id)) pairs.set(id, { first: first!.id, second: second!.id, key });
      }
  }
  return [...pairs.values()].sort(
    (a, b) =>
      order.get(a.first)! - order.get(b.first)! || order.get(a.second)! - order.get(b.second)!,
  );
}

/** What merging two entities did. */
export interface MergeOutcome {
  dataset: Dataset;
  /** Relations that would have joined the kept entity to itself: removed, by id. */
  removedRelations: string[];
}

function mergeLists(a: LocalizedList | undefined, b: LocalizedList | undefined): LocalizedList {
  const merged: Record<string, string[]> = {};
  for (const list of [a ?? {}, b ?? {}])
    for (const [language, names] of Object.entries(list))
      merged[language] = [...new Set([...(merged[language] ?? []), ...names])];
  return merged;
}

/**
 * Merges `drop` into `keep` (both of one kind): the kept entity gains the other's
 * excerpts and citations (none repeated), and its names become aliases; every
 * relation, lens and position naming the dropped entity names the kept one instead.
 * A relation that would then join the kept entity to itself is removed and named.
 * Null when either is missing or their kinds differ.
 * @example mergeEntities(draft, 'kuzey-kore', 'kuzey-kore-2')?.dataset.entities.length // one fewer
 */
export function mergeEntities(dataset: Dataset, keep: string, drop: string): MergeOutcome | null {
  const kept = dataset.entities.find((e) => e.id === keep);
  const dropped = dataset.entities.find((e) => e.id === drop);
  if (kept === undefined || dropped === undefined || keep === drop || kept.kind !== dropped.kind)
    return null;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const union = <T>(a: readonly T[], b: readonly T[]) => [
    ...a,
    ...b.filter((item) => !a.some((known) => same(known, item))),
  ];
  const keptNames = new Set(namesOf(kept));
  const newAliases = Object.fromEntries(
    Object.entries(dropped.name)
      .filter(([, name]) => !keptNames.has(name))
      .map(([language, name]) => [language, [name]]),
  );
  const aliases = mergeLists(mergeLists(kept.aliases, dropped.aliases), newAliases);
  const citations = union(kept.citations ?? [], dropped.citations ?? []);
  const merged: Entity = {
    ...kept,
    evidence: union(kept.evidence, dropped.evidence),
    ...(citations.length > 0 ? { citations } : {}),
    ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
  };
  const swap = (id: string) => (id === drop ? keep : id);
  const removedRelations: string[] = [];
  const relations = dataset.relations.flatMap((relation) => {
    const source = swap(relation.source);
    const target = swap(relation.target);
    if (source === target) {
      removedRelations.push(relation.id);
      return [];
    }
    return source === relation.source && target === relation.target
      ? [relation]
      : [{ ...relation, source, target }];
  });
  const lenses = dataset.lenses?.map((lens) =>
    lens.entities === undefined
      ? lens
      : { ...lens, entities: [...new Set(lens.entities.map(swap))] },
  );
  const positions =
    dataset.positions === undefined
      ? undefined
      : Object.fromEntries(Object.entries(dataset.positions).filter(([id]) => id !== drop));
  const communities =
    dataset.communities === undefined
      ? undefined
      : Object.fromEntries(Object.entries(dataset.communities).filter(([id]) => id !== drop));
  return {
    dataset: {
      ...dataset,
      entities: dataset.entities.flatMap((entity) =>
        entity.id === keep ? [merged] : entity.id === drop ? [] : [entity],
      ),
      relations,
      ...(lenses === undefined ? {} : { lenses }),
      ...(positions === undefined ? {} : { positions }),
      ...(communities === undefined ? {} : { communities }),
    },
    removedRelations,
  };
}
