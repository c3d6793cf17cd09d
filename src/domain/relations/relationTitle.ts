import type { DatasetIndex } from '../dataset/indexDataset.ts';
import type { Relation } from '../dataset/datasetSchema.ts';
import { pickText } from '../text/pickText.ts';
import { RELATION_KINDS } from './relationKinds.ts';

/**
 * A relation as a sentence: source, kind, target.
 * @example relationTitle(index, tensions, 'en') // 'Russia is in tension with The West'
 */
export function relationTitle(index: DatasetIndex, relation: Relation, language: string): string {
  const name = (id: string) => {
    const entity = index.entityById.get(id);
    return entity === undefined ? id : pickText(entity.name, language);
  };
  return `${name(relation.source)} ${RELATION_KINDS[relation.kind].label} ${name(relation.target)}`;
}
