import type { DatasetIndex } from '../dataset/indexDataset.ts';
import type { Relation } from '../dataset/datasetSchema.ts';
import { isolateBidi } from '../text/isolateBidi.ts';
import { pickText } from '../text/pickText.ts';
import { RELATION_KINDS } from './relationKinds.ts';

/**
 * An entity's name in the wanted language; the id itself when no entity has it.
 * @example entityName(index, 'russia', 'tr') // 'Rusya'
 */
export function entityName(index: DatasetIndex, id: string, language: string): string {
  const entity = index.entityById.get(id);
  return entity === undefined ? id : pickText(entity.name, language);
}

/**
 * A relation as a sentence: source, kind, target. A name that could reorder the
 * words around it (a right-to-left override, Arabic letters) is isolated.
 * @example relationTitle(index, tensions, 'en') // 'Russia is in tension with The West'
 */
export function relationTitle(index: DatasetIndex, relation: Relation, language: string): string {
  const { label } = RELATION_KINDS[relation.kind];
  const source = isolateBidi(entityName(index, relation.source, language));
  const target = isolateBidi(entityName(index, relation.target, language));
  return `${source} ${label} ${target}`;
}

/**
 * What to call an entity or a relation, by id: the entity's name or the relation's
 * sentence; the id itself when it is neither.
 * @example itemTitle(index, 'russia-west-tensions', 'en') // 'Russia is in tension with The West'
 */
export function itemTitle(index: DatasetIndex, id: string, language: string): string {
  const relation = index.relationById.get(id);
  return relation === undefined
    ? entityName(index, id, language)
    : relationTitle(index, relation, language);
}
