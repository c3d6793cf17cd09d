import type { Article, Citation, Entity, Evidence, Relation } from '../dataset/datasetSchema.ts';
import { relationsOf, type DatasetIndex } from '../dataset/indexDataset.ts';
import type { RolledTie } from '../graph/rollUp.ts';
import type { EntityPath } from '../graph/shortestPaths.ts';
import type { ShownIds } from './subsetDataset.ts';

/** An excerpt in the brief, with the article it comes from (whose unknown fields stay null). */
export interface BriefExcerpt {
  /** Its number among the item's excerpts, from 1, as the details panel counts them. */
  number: number;
  evidence: Evidence;
  article: Article;
}

/** A citation in the brief: an article the item points at without quoting it. */
export interface BriefCitation {
  citation: Citation;
  article: Article;
}

/** How many citations of one item a brief lists at most (an imported relation may have many). */
export const BRIEF_MAX_CITATIONS = 10;

/** An entity or relation in the brief, with every excerpt behind it, and its citations. */
export type BriefItem =
  | { type: 'entity'; entity: Entity; excerpts: BriefExcerpt[]; citations: BriefCitation[] }
  | { type: 'relation'; relation: Relation; excerpts: BriefExcerpt[]; citations: BriefCitation[] };

/** What a brief is about: the selection, or everything shown when nothing is selected. */
export type BriefScope =
  | { type: 'entity'; entity: Entity }
  | { type: 'relation'; relation: Relation }
  | { type: 'tie'; tie: RolledTie }
  | { type: 'path'; path: EntityPath }
  | { type: 'shown' };

/** The content of an evidence brief, before it is phrased in a language. */
export interface EvidenceBrief {
  scope: BriefScope;
  items: BriefItem[];
  /** Relations left out to keep the brief printable: listed, they would pass the cap. */
  omitted: number;
  /** Shown entities left out for the same reason (only with nothing selected). */
  omittedEntities: number;
  /** The articles quoted or cited, each once, in the order first quoted or cited. */
  articles: Article[];
}

/** How many relations a brief lists at most; past it, the brief says how many it left out. */
export const BRIEF_MAX_RELATIONS = 40;
/** How many entities' own excerpts a brief of everything shown lists at most. */
export const BRIEF_MAX_ENTITIES = 40;

/** What else decides a brief's content besides the selection. */
export interface BriefOptions {
  /** The selected rolled-up tie, resolved by the caller (`selected` names it). */
  tie?: RolledTie;
  /** The path drawn on the graph: with nothing selected, the brief follows it. */
  path?: EntityPath | null;
  maxRelations?: number;
  maxEntities?: number;
}

/** Every excerpt of an entity or relation, numbered as the details panel numbers them, with its article. */
export function excerptsOf(index: DatasetIndex, item: Entity | Relation): BriefExcerpt[] {
  const excerpts: BriefExcerpt[] = [];
  item.evidence.forEach((evidence, i) => {
    const article = index.articleById.get(evidence.article);
    if (article !== undefined) excerpts.push({ number: i + 1, evidence, article });
  });
  return excerpts;
}

/** The citations behind an item, each with its article, for the brief. */
export function citationsOf(index: DatasetIndex, item: Entity | Relation): BriefCitation[] {
  const cited: BriefCitation[] = [];
  for (const citation of (item.citations ?? []).slice(0, BRIEF_MAX_CITATIONS)) {
    const article = index.articleById.get(citation.article);
    if (article !== undefined) cited.push({ citation, article });
  }
  return cited;
}

/**
 * What an evidence brief of the current view contains: for a selected relation,
 * that relation; for a selected entity, the entity and its shown relations; for a
 * selected rolled-up tie (`tie`, resolved by the caller), its meetings and every
 * relation behind it (the aggregated ones, the offices and memberships it goes
 * through); with nothing selected and a path drawn, the path's entities and each
 * hop's relations in order, its evidence chain; with nothing selected, every shown
 * entity that has excerpts of its own and every shown relation — each with all its
 * excerpts and their articles. Items past the caps are counted in `omitted` and
 * `omittedEntities`, not listed.
 * @example evidenceBrief(index, visible, 'russia-west-tensions').items.map((i) => i.type)
 * // ['relation']
 */
export function evidenceBrief(
  index: DatasetIndex,
  shown: ShownIds,
  selected: string | null,
  {
    tie,
    path = null,
    maxRelations = BRIEF_MAX_RELATIONS,
    maxEntities = BRIEF_MAX_ENTITIES,
  }: BriefOptions = {},
): EvidenceBrief {
  const relation = selected === null ? undefined : index.relationById.get(selected);
  const entity = selected === null ? undefined : index.entityById.get(selected);
  const selectedTie = tie?.id === selected ? tie : undefined;
  let scope: BriefScope;
  const items: BriefItem[] = [];
  let relations: Relation[];
  let omittedEntities = 0;
  const addEntity = (item: Entity) =>
    items.push({
      type: 'entity',
      entity: item,
      excerpts: excerptsOf(index, item),
      citations: citationsOf(index, item),
    });
  if (relation !== undefined) {
    scope = { type: 'relation', relation };
    relations = [relation];
  } else if (selectedTie !== undefined) {
    scope = { type: 'tie', tie: selectedTie };
    for (const id of selectedTie.meetings) {
      const meeting = index.entityById.get(id);
      if (meeting !== undefined) addEntity(meeting);
    }
    relations = relationsOf(index, [
      ...selectedTie.relations,
      ...selectedTie.offices,
      ...selectedTie.memberships,
    ]);
  } else if (entity !== undefined) {
    scope = { type: 'entity', entity };
    addEntity(entity);
    relations = (index.relationsByEntity.get(entity.id) ?? []).filter((r) =>
      shown.relations.has(r.id),
    );
  } else if (selected === null && path !== null) {
    scope = { type: 'path', path };
    for (const id of path.entities) {
      const end = index.entityById.get(id);
      if (end !== undefined && (end.evidence.length > 0 || (end.citations?.length ?? 0) > 0))
        addEntity(end);
    }
    relations = path.hops.flatMap((hop) => hop.relations.map((r) => r.relation));
  } else {
    scope = { type: 'shown' };
    const entities = index.dataset.entities.filter(
      (e) => shown.entities.has(e.id) && (e.evidence.length > 0 || (e.citations?.length ?? 0) > 0),
    );
    entities.slice(0, maxEntities).forEach(addEntity);
    omittedEntities = Math.max(0, entities.length - maxEntities);
    relations = index.dataset.relations.filter((r) => shown.relations.has(r.id));
  }
  const listed = relations.slice(0, maxRelations);
  for (const r of listed)
    items.push({
      type: 'relation',
      relation: r,
      excerpts: excerptsOf(index, r),
      citations: citationsOf(index, r),
    });

  const articles = new Map<string, Article>();
  for (const item of items) {
    for (const e of item.excerpts) articles.set(e.article.id, e.article);
    for (const c of item.citations) articles.set(c.article.id, c.article);
  }
  return {
    scope,
    items,
    omitted: relations.length - listed.length,
    omittedEntities,
    articles: [...articles.values()],
  };
}
