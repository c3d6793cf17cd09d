import type {
  Article,
  Dataset,
  Entity,
  EntityKind,
  Evidence,
  LocalizedText,
  Modality,
  Relation,
} from '../dataset/datasetSchema.ts';
import { FORMAT_VERSION } from '../dataset/datasetVocabulary.ts';
import { RELATION_KINDS, type RelationKind } from '../relations/relationKinds.ts';
import { foldText } from '../search/foldText.ts';
import { articleTextHash } from './articleText.ts';
import { quoteSelector } from './textQuoteSelector.ts';

/** Why an edit was refused; the UI words it (annotate.refused.<code>). */
export type EditRefusal =
  | 'no-text'
  | 'spans-paragraphs'
  | 'no-words'
  | 'same-ends'
  | 'wrong-end-kinds'
  | 'cue-not-in-quote'
  | 'no-such-item'
  | 'no-such-article'
  | 'needs-role'
  | 'needs-cue';

export type EditResult =
  { ok: true; dataset: Dataset; id: string } | { ok: false; reason: EditRefusal };

/**
 * An id made of a name's folded words, unique among `taken` ("Kuzey Kore" → "kuzey-kore",
 * then "kuzey-kore-2").
 * @example idFromName('Kuzey Kore’ye', new Set()) // 'kuzey-kore-ye'
 */
export function idFromName(name: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const base =
    foldText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Every id in use: entities and relations share one namespace; articles have their own. */
function itemIds(dataset: Dataset): Set<string> {
  return new Set([...dataset.entities, ...dataset.relations].map((item) => item.id));
}

/**
 * An empty draft dataset: no articles yet (a draft is a dataset in the making; it
 * becomes a valid file once an article and its excerpts are in).
 * @example newDraftDataset('My notes').entities // []
 */
export function newDraftDataset(title: string, id = 'draft'): Dataset {
  return {
    formatVersion: FORMAT_VERSION,
    id,
    title: { en: title.trim() || 'Draft' },
    synthetic: false,
    articles: [],
    entities: [],
    relations: [],
  };
}

/** What the analyst says about a new article; empty fields stay null, shown as "unknown". */
export interface ArticleMetadata {
  title: string | null;
  publisher: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  language: string;
  licence: string | null;
  annotatedBy: string;
}

/**
 * Adds an article (its paragraphs already normalised) with a hash of its text.
 * @example addArticle(draft, meta, ['One.']) // { ok: true, dataset, id: 'article-1' }
 */
export function addArticle(
  dataset: Dataset,
  meta: ArticleMetadata,
  paragraphs: string[],
): EditResult {
  if (paragraphs.length === 0) return { ok: false, reason: 'no-text' };
  const taken = new Set(dataset.articles.map((a) => a.id));
  const id = idFromName(meta.title ?? '', taken, `article-${dataset.articles.length + 1}`);
  const article: Article = { id, ...meta, paragraphs, textHash: articleTextHash(paragraphs) };
  return { ok: true, dataset: { ...dataset, articles: [...dataset.articles, article] }, id };
}

/** A selection in an article: where it starts and where it ends (paragraphs count from 1). */
export interface ArticleSelection {
  article: string;
  start: { paragraph: number; offset: number };
  end: { paragraph: number; offset: number };
}

/** How an excerpt reads its quote. */
export interface ExcerptReading {
  modality: Modality;
  cue?: string;
  gloss?: LocalizedText;
  credibility?: number;
}

/**
 * The excerpt for a selection: the quote is always cut from the stored paragraph
 * (never taken from the browser's selected text) and kept with its selector.
 */
export function excerptOf(
  dataset: Dataset,
  selection: ArticleSelection,
  reading: ExcerptReading = { modality: 'stated' },
): { ok: true; evidence: Evidence } | { ok: false; reason: EditRefusal } {
  const article = dataset.articles.find((a) => a.id === selection.article);
  if (article === undefined) return { ok: false, reason: 'no-such-article' };
  if (selection.start.paragraph !== selection.end.paragraph)
    return { ok: false, reason: 'spans-paragraphs' };
  const text = article.paragraphs[selection.start.paragraph - 1];
  const from = Math.min(selection.start.offset, selection.end.offset);
  const to = Math.max(selection.start.offset, selection.end.offset);
  if (text === undefined || to <= from) return { ok: false, reason: 'no-words' };
  const { exact: quote, prefix, suffix } = quoteSelector(text, from, to - from);
  if (quote.trim() === '') return { ok: false, reason: 'no-words' };
  const cue = reading.cue?.trim();
  if (reading.modality === 'hedged' && (cue === undefined || cue === ''))
    return { ok: false, reason: 'needs-cue' };
  if (reading.modality === 'hedged' && !quote.includes(cue!))
    return { ok: false, reason: 'cue-not-in-quote' };
  return {
    ok: true,
    evidence: {
      article: article.id,
      paragraph: selection.start.paragraph,
      offset: from,
      quote,
      modality: reading.modality,
      ...(reading.modality === 'hedged' && cue ? { cue } : {}),
      ...(reading.gloss ? { gloss: reading.gloss } : {}),
      selector: { prefix, suffix },
      ...(reading.credibility === undefined ? {} : { credibility: reading.credibility }),
    },
  };
}

/** A new entity's name and kind. */
export interface EntityDraft {
  kind: EntityKind;
  name: LocalizedText;
  aliases?: Record<string, string[]>;
}

/** Adds an entity backed by one excerpt; a meeting starts with date, place and code unknown. */
export function addEntity(dataset: Dataset, draft: EntityDraft, evidence: Evidence): EditResult {
  const id = idFromName(draft.name.en, itemIds(dataset), draft.kind);
  const common = {
    id,
    name: draft.name,
    ...(draft.aliases && Object.keys(draft.aliases).length > 0 ? { aliases: draft.aliases } : {}),
    evidence: [evidence],
  };
  const entity: Entity =
    draft.kind === 'meeting'
      ? { ...common, kind: 'meeting', date: { date: null }, place: null, cameo: null }
      : { ...common, kind: draft.kind };
  return { ok: true, dataset: { ...dataset, entities: [...dataset.entities, entity] }, id };
}

/** Adds an excerpt to an existing entity or relation. */
export function addEvidence(dataset: Dataset, itemId: string, evidence: Evidence): EditResult {
  const add = <T extends { id: string; evidence: Evidence[] }>(item: T): T =>
    item.id === itemId ? { ...item, evidence: [...item.evidence, evidence] } : item;
  if (![...dataset.entities, ...dataset.relations].some((item) => item.id === itemId))
    return { ok: false, reason: 'no-such-item' };
  return {
    ok: true,
    dataset: {
      ...dataset,
      entities: dataset.entities.map(add),
      relations: dataset.relations.map(add),
    },
    id: itemId,
  };
}

/** A new relation's ends and kind. */
export interface RelationDraft {
  kind: RelationKind;
  source: string;
  target: string;
  role?: LocalizedText;
}

/**
 * Adds a relation backed by one excerpt; refuses a relation from an entity to itself
 * and ends of kinds the relation kind does not take.
 */
export function addRelation(
  dataset: Dataset,
  draft: RelationDraft,
  evidence: Evidence,
): EditResult {
  if (draft.source === draft.target) return { ok: false, reason: 'same-ends' };
  const source = dataset.entities.find((e) => e.id === draft.source);
  const target = dataset.entities.find((e) => e.id === draft.target);
  if (source === undefined || target === undefined) return { ok: false, reason: 'no-such-item' };
  const kind = RELATION_KINDS[draft.kind];
  if (
    !(kind.sourceKinds as readonly string[]).includes(source.kind) ||
    !(kind.targetKinds as readonly string[]).includes(target.kind)
  )
    return { ok: false, reason: 'wrong-end-kinds' };
  if (draft.kind === 'holds-office' && draft.role === undefined)
    return { ok: false, reason: 'needs-role' };
  const id = idFromName(`${draft.source}-${draft.kind}-${draft.target}`, itemIds(dataset));
  const relation: Relation = {
    id,
    kind: draft.kind,
    source: draft.source,
    target: draft.target,
    ...(draft.kind === 'holds-office' && draft.role ? { role: draft.role } : {}),
    evidence: [evidence],
  };
  return { ok: true, dataset: { ...dataset, relations: [...dataset.relations, relation] }, id };
}
