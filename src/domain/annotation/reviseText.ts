import type { Dataset, Evidence } from '../dataset/datasetSchema.ts';
import { articleTextHash } from './articleText.ts';
import { anchorExcerpt, quoteSelector, type Anchoring } from './textQuoteSelector.ts';

/** One excerpt of the revised article: the item it backs and its place in that item's evidence. */
export interface ExcerptRef {
  item: string;
  index: number;
  quote: string;
}

/** What re-anchoring did to each excerpt of the article whose text changed. */
export interface RevisionReport {
  /** At their stored place still. */
  exact: ExcerptRef[];
  /** Found once, by their words and context, and moved there. */
  moved: ExcerptRef[];
  /** Their words occur in several places: a person chooses one (they are left as they were). */
  ambiguous: (ExcerptRef & { places: { paragraph: number; offset: number }[] })[];
  /** Their words are gone: a person confirms the suggestion or removes them (left as they were). */
  missing: (ExcerptRef & {
    suggestion: { paragraph: number; offset: number; text: string } | null;
  })[];
}

/** The excerpt at a place in the text, its selector cut from there. */
function placed(
  evidence: Evidence,
  paragraphs: readonly string[],
  place: { paragraph: number; offset: number },
  quote = evidence.quote,
): Evidence {
  const { prefix, suffix } = quoteSelector(
    paragraphs[place.paragraph - 1] ?? '',
    place.offset,
    quote.length,
  );
  const { paragraph, offset } = place;
  return { ...evidence, paragraph, offset, quote, selector: { prefix, suffix } };
}

/**
 * Replaces an article's text and re-anchors every excerpt quoting it
 * (textQuoteSelector.ts): exact ones stay, ones found once elsewhere move there, and
 * ambiguous or missing ones are left exactly as they were and listed — never moved
 * by a guess, never dropped — for the analyst to resolve (resolveExcerpt, or remove
 * it). An excerpt stored without a selector gets one from the old text first.
 * @example reviseArticleText(draft, 'kastelo', ['New first line.', …]).report.moved
 */
export function reviseArticleText(
  dataset: Dataset,
  articleId: string,
  paragraphs: readonly string[],
): { dataset: Dataset; report: RevisionReport } | null {
  const article = dataset.articles.find((a) => a.id === articleId);
  if (article === undefined) return null;
  const report: RevisionReport = { exact: [], moved: [], ambiguous: [], missing: [] };
  const revise = <T extends { id: string; evidence: Evidence[] }>(item: T): T => {
    const evidence = item.evidence.map((excerpt, index) => {
      if (excerpt.article !== articleId) return excerpt;
      const ref = { item: item.id, index, quote: excerpt.quote };
      const selector = excerpt.selector ?? {
        ...quoteSelector(
          article.paragraphs[excerpt.paragraph - 1] ?? '',
          excerpt.offset,
          excerpt.quote.length,
        ),
      };
      const found: Anchoring = anchorExcerpt(paragraphs, excerpt, {
        exact: excerpt.quote,
        prefix: selector.prefix,
        suffix: selector.suffix,
      });
      if (found.status === 'exact' || found.status === 'moved') {
        report[found.status].push(ref);
        return placed(excerpt, paragraphs, found);
      }
      if (found.status === 'ambiguous') report.ambiguous.push({ ...ref, places: found.places });
      else report.missing.push({ ...ref, suggestion: found.suggestion });
      return excerpt;
    });
    return evidence.every((excerpt, i) => excerpt === item.evidence[i])
      ? item
      : { ...item, evidence };
  };
  return {
    dataset: {
      ...dataset,
      articles: dataset.articles.map((a) =>
        a.id === articleId
          ? { ...a, paragraphs: [...paragraphs], textHash: articleTextHash(paragraphs) }
          : a,
      ),
      entities: dataset.entities.map(revise),
      relations: dataset.relations.map(revise),
    },
    report,
  };
}

/**
 * A person's answer for one listed excerpt: put it at a place (one of an ambiguous
 * excerpt's places, or a missing one's suggestion, whose words then become the
 * quote), or remove it. The quote is always cut from the stored paragraph.
 */
export function resolveExcerpt(
  dataset: Dataset,
  ref: Pick<ExcerptRef, 'item' | 'index'>,
  answer: { place: { paragraph: number; offset: number; length: number } } | 'remove',
): Dataset {
  const apply = <T extends { id: string; evidence: Evidence[] }>(item: T): T => {
    if (item.id !== ref.item) return item;
    const excerpt = item.evidence[ref.index];
    if (excerpt === undefined) return item;
    if (answer === 'remove')
      return { ...item, evidence: item.evidence.filter((_, i) => i !== ref.index) };
    const article = dataset.articles.find((a) => a.id === excerpt.article);
    const text = article?.paragraphs[answer.place.paragraph - 1] ?? '';
    const { paragraph, offset, length } = answer.place;
    const quote = text.slice(offset, offset + length);
    const next = placed(excerpt, article?.paragraphs ?? [], { paragraph, offset }, quote);
    // A hedge cue no longer in the words would be a false claim: it goes, and the
    // draft check asks for one again.
    const { cue, ...rest } = next;
    const kept = cue !== undefined && quote.includes(cue) ? next : rest;
    return { ...item, evidence: item.evidence.map((e, i) => (i === ref.index ? kept : e)) };
  };
  return {
    ...dataset,
    entities: dataset.entities.map(apply),
    relations: dataset.relations.map(apply),
  };
}
