import type { Article, Citation, Dataset, Entity, Relation } from '../dataset/datasetSchema.ts';
import { foldText } from '../search/foldText.ts';
import type { MergeReport, ReasonCount } from './importReport.ts';

function namesOf(entity: Entity): Set<string> {
  const names = new Set<string>();
  for (const name of Object.values(entity.name)) names.add(foldText(name));
  for (const list of Object.values(entity.aliases ?? {})) {
    for (const alias of list) names.add(foldText(alias));
  }
  return names;
}

function articleKey(article: Article): string | null {
  return article.url ?? (article.identifier == null ? null : `id:${article.identifier}`);
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Merges an imported dataset into an existing one. An imported entity is the
 * existing entity with the same ISO country code, else the same id and kind, else
 * the one (and only one) of its kind whose folded name or alias it shares; its
 * citations are then added to that entity. Everything else is added, under a new id
 * where its own is taken. Articles are matched by URL or identifier. The existing
 * dataset's own items, lenses and title are kept as they are.
 * @example mergeDatasets(seed, imported).report.matched // [{ imported: 'russian-federation', existing: 'russia', by: 'name' }, …]
 */
export function mergeDatasets(
  existing: Dataset,
  imported: Dataset,
): { dataset: Dataset; report: MergeReport } {
  const report: MergeReport = {
    matched: [],
    added: { entities: 0, relations: 0, articles: 0 },
    leftOut: [],
  };
  const leftOut = new Map<string, ReasonCount>();
  const leave = (reason: string, example: string) => {
    const entry = leftOut.get(reason) ?? { reason, count: 0, examples: [] };
    entry.count += 1;
    if (entry.examples.length < 5) entry.examples.push(example);
    leftOut.set(reason, entry);
  };

  // Articles: the same URL or identifier is the same article.
  const articles = existing.articles.map((article) => ({ ...article }));
  const articleIds = new Set(articles.map((article) => article.id));
  const articleByKey = new Map<string, string>();
  for (const article of articles) {
    const key = articleKey(article);
    if (key !== null) articleByKey.set(key, article.id);
  }
  const articleIdOf = new Map<string, string>();
  for (const article of imported.articles) {
    const key = articleKey(article);
    const known = key === null ? undefined : articleByKey.get(key);
    if (known !== undefined) {
      articleIdOf.set(article.id, known);
      continue;
    }
    const id = uniqueId(article.id, articleIds);
    articleIdOf.set(article.id, id);
    if (key !== null) articleByKey.set(key, id);
    articles.push({ ...article, id });
    report.added.articles += 1;
  }
  const remapCitations = (citations: Citation[] | undefined): Citation[] =>
    (citations ?? []).map((citation) => ({
      ...citation,
      article: articleIdOf.get(citation.article) ?? citation.article,
    }));

  // Entities: by country code, then id, then folded name or alias.
  const entities = existing.entities.map((entity) => ({ ...entity }));
  const takenIds = new Set([
    ...entities.map((entity) => entity.id),
    ...existing.relations.map((relation) => relation.id),
  ]);
  const byCountry = new Map<string, Entity>();
  const byId = new Map<string, Entity>();
  const byName = new Map<string, Entity[]>();
  for (const entity of entities) {
    byId.set(entity.id, entity);
    if (entity.kind === 'state' && entity.country !== undefined)
      byCountry.set(entity.country, entity);
    for (const name of namesOf(entity)) byName.set(name, [...(byName.get(name) ?? []), entity]);
  }
  const entityIdOf = new Map<string, string>();
  for (const entity of imported.entities) {
    let match: Entity | undefined;
    let by: MergeReport['matched'][number]['by'] = 'country';
    if (entity.kind === 'state' && entity.country !== undefined)
      match = byCountry.get(entity.country);
    if (match === undefined) {
      const same = byId.get(entity.id);
      if (same?.kind === entity.kind) {
        match = same;
        by = 'id';
      }
    }
    if (match === undefined) {
      const candidates = new Set<Entity>();
      for (const name of namesOf(entity)) {
        for (const candidate of byName.get(name) ?? []) {
          if (candidate.kind === entity.kind) candidates.add(candidate);
        }
      }
      if (candidates.size === 1) {
        match = [...candidates][0];
        by = 'name';
      } else if (candidates.size > 1) {
        leave(
          'name shared by several existing entities: added as new, not matched',
          `${entity.id} (${[...candidates].map((c) => c.id).join(', ')})`,
        );
      }
    }
    if (match !== undefined) {
      entityIdOf.set(entity.id, match.id);
      const citations = [...(match.citations ?? []), ...remapCitations(entity.citations)];
      if (citations.length > 0) match.citations = citations;
      report.matched.push({ imported: entity.id, existing: match.id, by });
      continue;
    }
    const id = uniqueId(entity.id, takenIds);
    entityIdOf.set(entity.id, id);
    entities.push({ ...entity, id, citations: remapCitations(entity.citations) });
    report.added.entities += 1;
  }

  const relations: Relation[] = [...existing.relations];
  const relationKeys = new Set(
    existing.relations.map(
      (r) => `${r.source}|${r.target}|${r.kind}|${r.cameo ?? ''}|${r.start?.date ?? ''}`,
    ),
  );
  for (const relation of imported.relations) {
    const source = entityIdOf.get(relation.source) ?? relation.source;
    const target = entityIdOf.get(relation.target) ?? relation.target;
    const key = `${source}|${target}|${relation.kind}|${relation.cameo ?? ''}|${relation.start?.date ?? ''}`;
    if (relationKeys.has(key)) {
      leave('the dataset already has this relation (same ends, kind, code and day)', relation.id);
      continue;
    }
    if (source === target) {
      leave('both ends became the same entity', relation.id);
      continue;
    }
    relationKeys.add(key);
    relations.push({
      ...relation,
      id: uniqueId(relation.id, takenIds),
      source,
      target,
      citations: remapCitations(relation.citations),
    });
    report.added.relations += 1;
  }
  report.leftOut = [...leftOut.values()];
  return { dataset: { ...existing, articles, entities, relations }, report };
}
