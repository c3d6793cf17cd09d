import type { TFunction } from 'i18next';
import type { Relation } from '../domain/dataset/datasetSchema.ts';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import type { RolledTie } from '../domain/graph/rollUp.ts';
import { entityName, relationTitleParts } from '../domain/relations/relationTitle.ts';
import { isolateBidi } from '../domain/text/isolateBidi.ts';

/**
 * A relation as a sentence in the UI language: the names from the dataset (in the
 * names language), the words between them from terms.relationTitle, with the verb
 * agreeing with the source ("The United States and its allies pursue…").
 */
export function relationTitle(
  t: TFunction,
  index: DatasetIndex,
  relation: Relation,
  language: string,
): string {
  const { kind, source, target, isPluralSource } = relationTitleParts(index, relation, language);
  return t(`terms.relationTitle.${kind}`, { source, target, count: isPluralSource ? 2 : 1 });
}

/**
 * What to call an entity or a relation, by id: the entity's name or the relation's
 * sentence; the id itself when it is neither.
 */
export function itemTitle(t: TFunction, index: DatasetIndex, id: string, language: string): string {
  const relation = index.relationById.get(id);
  return relation === undefined
    ? entityName(index, id, language)
    : relationTitle(t, index, relation, language);
}

/**
 * A rolled-up tie by its ends, its direction and what it aggregates, in the UI
 * language: "Russia – North Korea: meetings".
 */
export function tieTitle(
  t: TFunction,
  index: DatasetIndex,
  tie: Pick<RolledTie, 'source' | 'target' | 'kind' | 'arrows'>,
  language: string,
): string {
  return t(`rollup.title.${tie.arrows}`, {
    source: isolateBidi(entityName(index, tie.source, language)),
    target: isolateBidi(entityName(index, tie.target, language)),
    kind: t(`rollup.kinds.${tie.kind}`),
  });
}
