import type { DatasetIndex } from '../dataset/indexDataset.ts';
import type { Entity, Relation } from '../dataset/datasetSchema.ts';
import { isolateBidi } from '../text/isolateBidi.ts';
import { pickText } from '../text/pickText.ts';
import type { RelationKind } from './relationKinds.ts';

/**
 * An entity's name in the wanted language; the id itself when no entity has it.
 * @example entityName(index, 'russia', 'tr') // 'Rusya'
 */
export function entityName(index: DatasetIndex, id: string, language: string): string {
  const entity = index.entityById.get(id);
  return entity === undefined ? id : pickText(entity.name, language);
}

/**
 * What a relation's title is made of. The words that join the names belong to the
 * UI language and are added by the translation layer (terms.relationTitle.<kind>).
 */
export interface RelationTitleParts {
  kind: RelationKind;
  /** The source's name, as it opens a sentence. */
  source: string;
  /** The target's name, as it stands inside a sentence. */
  target: string;
  /** Whether the source names several parties, so an English verb agrees with it. */
  isPluralSource: boolean;
}

/**
 * A name as it reads inside an English sentence: a leading "The" is lower-cased
 * ("tension with the West"), as style guides write it for states and blocs.
 * Other languages are left as they are.
 * @example nameInSentence('The West', 'en') // 'the West'
 */
export function nameInSentence(name: string, language: string): string {
  return language === 'en' && /^The\s\S/.test(name) ? `t${name.slice(1)}` : name;
}

/**
 * Whether an entity names several parties: a bloc whose English name joins them
 * with "and" ("The United States and its allies"). A state's "and" joins one
 * country's parts ("Trinidad and Tobago"), so states never count.
 * @example isPluralEntity({ kind: 'bloc', name: { en: 'The United States and its allies' } }) // true
 */
export function isPluralEntity(entity: Pick<Entity, 'kind' | 'name'>): boolean {
  return entity.kind === 'bloc' && /\sand\s/.test(entity.name.en);
}

/**
 * The names of a relation's two ends for its title, in the wanted language. A name
 * that could reorder the words around it (a right-to-left override, Arabic letters)
 * is isolated.
 * @example relationTitleParts(index, tensions, 'en')
 * // { kind: 'in-tension-with', source: 'Russia', target: 'the West', isPluralSource: false }
 */
export function relationTitleParts(
  index: DatasetIndex,
  relation: Relation,
  language: string,
): RelationTitleParts {
  const source = index.entityById.get(relation.source);
  return {
    kind: relation.kind,
    source: isolateBidi(entityName(index, relation.source, language)),
    target: isolateBidi(nameInSentence(entityName(index, relation.target, language), language)),
    isPluralSource: source !== undefined && isPluralEntity(source),
  };
}
