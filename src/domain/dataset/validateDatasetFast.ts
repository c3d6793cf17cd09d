import {
  closestPassage,
  type PassageBudget,
  PASSAGE_BUDGET_CELLS,
} from '../evidence/closestPassage.ts';
import { findQuote } from '../evidence/splitAtQuote.ts';
import { RELATION_KINDS } from '../relations/relationKinds.ts';
import { classifyRelation } from '../relations/classifyRelation.ts';
import { visibleText } from '../text/visibleText.ts';
import { checkJsonStructure } from './checkJsonStructure.ts';
import type { DatasetProblem } from './datasetProblem.ts';
import { validate as hasDatasetShape } from './generated/validateDatasetShape.ts';
// Types only: the zod schema is not loaded by this module (validateDataset.ts adds it).
import type { Article, Citation, DateClaim, Dataset, Evidence } from './datasetSchema.ts';

const MAX_HINT_ARTICLE_CHARS = 50_000;

/**
 * Characters one check may read looking for misplaced quotes elsewhere in their
 * article: about 0.1 s of `indexOf`. Each search reads the whole article, so without
 * a budget a file of many misplaced quotes in a long article would hold the page
 * (which checks files up to 8 MB itself) for minutes.
 */
export const QUOTE_SEARCH_BUDGET_CHARS = 100_000_000;

export type DatasetValidation =
  { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

/**
 * The dataset checks without zod, which a page loading a valid dataset never needs:
 * the shape by ajv's code compiled ahead of time from the zod schema (no eval), then
 * what a schema cannot say — ids unique and resolvable, relation ends of the right
 * kinds, every excerpt verbatim at its recorded place. The compiled check reads only
 * what the schema names, never deeper than the format, and accepts no `__proto__` key
 * (datasetShape.test.ts holds it to that); what it refuses is walked for nesting and
 * such keys (checkJsonStructure) before zod sees it. A valid dataset is spared that
 * walk: 181 ms of a 20,000-entity check (`npm run bench:validation`). Null when the
 * shape is refused and the structure is clean: only zod can then say why, and
 * whether it would accept the file after trimming (validateDataset does both).
 * @example validateDatasetFast(JSON.parse(text)) ?? validateDataset(JSON.parse(text))
 */
export function validateDatasetFast(input: unknown): DatasetValidation | null {
  if (hasDatasetShape(input)) return referencesChecked(input as Dataset);
  const structural = checkJsonStructure(input);
  return structural.length > 0 ? { ok: false, problems: structural.map(printable) } : null;
}

/** A dataset of the right shape, checked for what a schema cannot say. */
export function referencesChecked(dataset: Dataset): DatasetValidation {
  const problems = checkReferences(dataset);
  return problems.length === 0
    ? { ok: true, dataset }
    : { ok: false, problems: problems.map(printable) };
}

// Messages and paths quote the dataset (keys, quotes, cues): shown as they are, a
// right-to-left override in one would reorder the rest of the list, and a 100 KB
// key would bury it.
export function printable(problem: DatasetProblem): DatasetProblem {
  return {
    path: problem.path.map((part) => (typeof part === 'string' ? visibleText(part, 80) : part)),
    message: visibleText(problem.message, 1000),
  };
}

function checkReferences(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (path: (string | number)[], message: string) => problems.push({ path, message });

  // Indexed once by id, with what every excerpt of the article needs to know.
  const articles = new Map<string, IndexedArticle>();
  dataset.articles.forEach((article, i) => {
    if (articles.has(article.id))
      report(['articles', i, 'id'], `duplicate article id "${article.id}"`);
    articles.set(article.id, {
      article,
      isEnglish: article.language.split('-')[0] === 'en',
      length: article.paragraphs.reduce((n, p) => n + p.length, 0),
    });
    if (article.paragraphs.length === 0 && !isFindable(article)) {
      report(
        ['articles', i, 'paragraphs'],
        'an article whose text is not held needs a "url" or an "identifier" to find it by',
      );
    }
  });

  // Entities and relations share one namespace, so a link can name either by id.
  const kinds = new Map<string, string>();
  const claimId = (id: string, kind: string, path: (string | number)[]) => {
    if (kinds.has(id)) report(path, `duplicate id "${id}"`);
    else kinds.set(id, kind);
  };
  dataset.entities.forEach((entity, i) => claimId(entity.id, entity.kind, ['entities', i, 'id']));
  dataset.relations.forEach((relation, i) =>
    claimId(relation.id, 'relation', ['relations', i, 'id']),
  );

  // One budget for every hint in the file: many misquotes cost no more than a few.
  const hintBudget: HintBudget = {
    passage: { cells: PASSAGE_BUDGET_CELLS },
    searchChars: QUOTE_SEARCH_BUDGET_CHARS,
  };
  // Paths are built only for what is reported: a valid 20k dataset has 100k excerpts.
  const checkEvidence = (evidence: Evidence[], path: (string | number)[]) => {
    for (let i = 0; i < evidence.length; i++)
      checkExcerpt(evidence[i]!, path, i, articles, report, hintBudget);
  };
  // An item stands on excerpts, or on citations where the source's text is not held.
  const checkBacking = (
    item: { evidence: Evidence[]; citations?: Citation[] | undefined },
    path: (string | number)[],
  ) => {
    checkEvidence(item.evidence, [...path, 'evidence']);
    item.citations?.forEach((citation, i) => {
      const article = articles.get(citation.article)?.article;
      if (article === undefined) {
        report([...path, 'citations', i, 'article'], `no article has the id "${citation.article}"`);
      } else if (!isFindable(article)) {
        report(
          [...path, 'citations', i, 'article'],
          `article "${article.id}" is cited, so it needs a "url" or an "identifier" to find it by`,
        );
      }
    });
    if (item.evidence.length === 0 && (item.citations?.length ?? 0) === 0) {
      report(
        [...path, 'evidence'],
        'needs at least one excerpt (or, for imported items, a citation)',
      );
    }
  };
  const checkAsStated = (
    claim: DateClaim | undefined,
    evidence: Evidence[],
    path: (string | number)[],
  ) => {
    if (claim?.asStated !== undefined && !evidence.some((e) => e.quote.includes(claim.asStated!))) {
      report(
        [...path, 'asStated'],
        `"${claim.asStated}" does not occur in any excerpt of this item`,
      );
    }
  };

  dataset.entities.forEach((entity, i) => {
    checkBacking(entity, ['entities', i]);
    if (entity.kind === 'meeting')
      checkAsStated(entity.date, entity.evidence, ['entities', i, 'date']);
  });

  dataset.relations.forEach((relation, i) => {
    const path = ['relations', i];
    const kind = RELATION_KINDS[relation.kind];
    for (const end of ['source', 'target'] as const) {
      const endKind = kinds.get(relation[end]);
      if (endKind === undefined) {
        report([...path, end], `no entity has the id "${relation[end]}"`);
      } else if (!(kind.sourceKinds as readonly string[]).includes(endKind) && end === 'source') {
        report([...path, end], `a ${relation.kind} relation cannot start at a ${endKind}`);
      } else if (!(kind.targetKinds as readonly string[]).includes(endKind) && end === 'target') {
        report([...path, end], `a ${relation.kind} relation cannot end at a ${endKind}`);
      }
    }
    if (relation.source === relation.target)
      report([...path, 'target'], 'a relation needs two different ends');
    if ((relation.kind === 'holds-office') !== (relation.role !== undefined)) {
      report(
        [...path, 'role'],
        relation.kind === 'holds-office'
          ? 'holds-office needs the office held as "role"'
          : 'only holds-office relations have a "role"',
      );
    }
    if (relation.mutual !== undefined && kind.direction === 'symmetric') {
      report([...path, 'mutual'], `${relation.kind} has no direction, so it cannot be mutual`);
    } else if (relation.mutual !== undefined && kind.category === 'structural') {
      report([...path, 'mutual'], `${relation.kind} is structural and reads one way only`);
    }
    if (relation.cameo != null) {
      const { stance } = classifyRelation(relation);
      if (kind.category === 'structural') {
        report([...path, 'cameo'], `${relation.kind} is structural and takes no CAMEO code`);
      } else if (!(kind.allowedStances as readonly string[]).includes(stance)) {
        report(
          [...path, 'cameo'],
          `CAMEO ${relation.cameo} means ${stance}, which does not fit ${relation.kind}`,
        );
      }
    }
    checkBacking(relation, path);
    checkAsStated(relation.start, relation.evidence, [...path, 'start']);
    checkAsStated(relation.end, relation.evidence, [...path, 'end']);
  });

  const lensIds = new Set<string>();
  dataset.lenses?.forEach((lens, i) => {
    if (lensIds.has(lens.id)) report(['lenses', i, 'id'], `duplicate lens id "${lens.id}"`);
    lensIds.add(lens.id);
    lens.entities?.forEach((id, j) => {
      const kind = kinds.get(id);
      if (kind === undefined || kind === 'relation') {
        report(['lenses', i, 'entities', j], `no entity has the id "${id}"`);
      }
    });
  });
  for (const id of Object.keys(dataset.positions ?? {})) {
    const kind = kinds.get(id);
    if (kind === undefined || kind === 'relation')
      report(['positions', id], `no entity has the id "${id}"`);
  }
  return problems;
}

/** Whether an article can be found without its text: it has a URL or an identifier. */
function isFindable(article: Article): boolean {
  return article.url !== null || (article.identifier ?? null) !== null;
}

interface IndexedArticle {
  article: Article;
  isEnglish: boolean;
  /** The characters of its paragraphs. */
  length: number;
}

/** What the hints of one check may still spend. */
interface HintBudget {
  passage: PassageBudget;
  /** Characters left to read looking for misplaced quotes. */
  searchChars: number;
}

function checkExcerpt(
  evidence: Evidence,
  listPath: (string | number)[],
  index: number,
  articles: ReadonlyMap<string, IndexedArticle>,
  report: (path: (string | number)[], message: string) => void,
  hintBudget: HintBudget,
) {
  const path = () => [...listPath, index];
  const indexed = articles.get(evidence.article);
  if (indexed === undefined) {
    report([...path(), 'article'], `no article has the id "${evidence.article}"`);
    return;
  }
  const { article, isEnglish, length } = indexed;
  const paragraph = article.paragraphs[evidence.paragraph - 1];
  if (article.paragraphs.length === 0) {
    report(
      [...path(), 'paragraph'],
      `article "${article.id}" has no text here (it is only cited): an excerpt needs the article's paragraphs`,
    );
  } else if (paragraph === undefined) {
    report(
      [...path(), 'paragraph'],
      `article "${article.id}" has ${article.paragraphs.length} paragraph${article.paragraphs.length === 1 ? '' : 's'}, not ${evidence.paragraph}`,
    );
  } else if (
    paragraph.slice(evidence.offset, evidence.offset + evidence.quote.length) !== evidence.quote
  ) {
    const isSearched = hintBudget.searchChars >= length;
    if (isSearched) hintBudget.searchChars -= length;
    const found = isSearched ? findQuote(article.paragraphs, evidence.quote) : [];
    // The hint compares the quote with every word position: affordable for articles
    // of ordinary length, skipped for very long ones.
    const isShortEnough = length <= MAX_HINT_ARTICLE_CHARS;
    const closest =
      isSearched && found.length === 0 && isShortEnough
        ? closestPassage(article.paragraphs, evidence.quote, hintBudget.passage)
        : null;
    const hint =
      found.length > 0
        ? `it occurs at ${found.map((f) => `paragraph ${f.paragraph}, offset ${f.offset}`).join('; ')}`
        : !isSearched
          ? 'the article was not searched for it (too many quotes to look for in this file)'
          : closest === null
            ? 'it does not occur anywhere in the article'
            : `it does not occur anywhere in the article; the closest passage is paragraph ${closest.paragraph}, offset ${closest.offset}: "${closest.text}" (check spelling and apostrophes: ' or ’)`;
    report(
      [...path(), 'quote'],
      `the quote is not at paragraph ${evidence.paragraph}, offset ${evidence.offset} of "${article.id}": ${hint}`,
    );
  }
  if (evidence.cue !== undefined && !evidence.quote.includes(evidence.cue)) {
    report([...path(), 'cue'], `the cue "${evidence.cue}" is not part of the quote`);
  }
  if (evidence.modality === 'hedged' && evidence.cue === undefined) {
    report([...path(), 'cue'], 'a hedged excerpt names the words that hedge it as "cue"');
  }
  if (evidence.modality === 'stated' && evidence.cue !== undefined) {
    report([...path(), 'cue'], 'only hedged excerpts have a "cue"');
  }
  if (!isEnglish && evidence.gloss === undefined) {
    report(
      [...path(), 'gloss'],
      `the article is in "${article.language}": add the editors' English translation as "gloss"`,
    );
  }
}
