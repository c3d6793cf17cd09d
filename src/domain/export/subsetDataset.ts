import type { Dataset, Lens, LocalizedText } from '../dataset/datasetSchema.ts';

/** What is shown: the ids of entities and relations (a VisibleGraph fits). */
export interface ShownIds {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

/** How the derived dataset names itself; the caller phrases it in the UI languages. */
export interface DerivedLabel {
  title: LocalizedText;
  description: LocalizedText;
}

const SUBSET_SUFFIX = '-subset';

/** The id of a subset: the original's, marked once however often it is cut down again. */
function subsetId(id: string): string {
  return id.endsWith(SUBSET_SUFFIX) ? id : `${id}${SUBSET_SUFFIX}`;
}

/** A lens kept with only the entities that remain; null when it named only entities that are gone. */
function keptLens(lens: Lens, entities: ReadonlySet<string>): Lens | null {
  if (lens.entities === undefined) return lens;
  const remaining = lens.entities.filter((id) => entities.has(id));
  // An empty list would mean "no condition" and show everything: drop the lens instead.
  return remaining.length === 0 ? null : { ...lens, entities: remaining };
}

/**
 * The shown part of a dataset as a dataset of its own, which passes the same
 * checks and opens in the app showing the same entities and relations: the shown
 * entities and relations with their evidence, every article they cite (and no
 * other), the lenses that still name something, and the stored positions of the
 * entities kept. Its id ends in "-subset" and its title and description say it is
 * derived. Null when nothing is shown, as a dataset needs at least one article.
 * @example subsetDataset(seed, { entities: new Set(['russia', 'the-west']), relations: new Set(['russia-west-tensions']) }, label)
 * // { id: 'lavrov-choe-subset', entities: [russia, the-west], relations: [russia-west-tensions], articles: [the seed article], … }
 */
export function subsetDataset(
  dataset: Dataset,
  shown: ShownIds,
  label: DerivedLabel,
): Dataset | null {
  const relations = dataset.relations.filter((r) => shown.relations.has(r.id));
  // A relation's ends come along even if the caller left one out: nothing may dangle.
  const entityIds = new Set(shown.entities);
  for (const relation of relations) entityIds.add(relation.source).add(relation.target);
  const entities = dataset.entities.filter((e) => entityIds.has(e.id));
  const cited = new Set(
    [...entities, ...relations].flatMap((item) => item.evidence.map((e) => e.article)),
  );
  const articles = dataset.articles.filter((a) => cited.has(a.id));
  if (articles.length === 0) return null;

  const lenses = (dataset.lenses ?? [])
    .map((lens) => keptLens(lens, entityIds))
    .filter((lens) => lens !== null);
  const positions =
    dataset.positions === undefined
      ? undefined
      : Object.fromEntries(Object.entries(dataset.positions).filter(([id]) => entityIds.has(id)));

  return {
    ...(dataset.$schema === undefined ? {} : { $schema: dataset.$schema }),
    formatVersion: dataset.formatVersion,
    id: subsetId(dataset.id),
    title: label.title,
    description: label.description,
    // A part of synthetic test data is synthetic too; a part of real reporting is not.
    synthetic: dataset.synthetic,
    articles,
    entities,
    relations,
    ...(lenses.length === 0 ? {} : { lenses }),
    ...(positions === undefined ? {} : { positions }),
  };
}
