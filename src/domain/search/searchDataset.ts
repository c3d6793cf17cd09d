import MiniSearch from 'minisearch';
import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { foldText } from './foldText.ts';

/** An entity found by one of its names, aliases or offices. */
export interface NameHit {
  entityId: string;
  /** The name, alias or office that matched, as written in the dataset. */
  matched: string;
  language: string;
  field: 'name' | 'alias' | 'office';
  score: number;
}

/** An entity or relation found by the words of one of its excerpts. */
export interface ExcerptHit {
  ownerId: string;
  quote: string;
  /** Which of the owner's excerpts it is, counting from 1 (as the reader opens them). */
  excerptNumber: number;
  language: string;
  score: number;
}

export interface SearchResults {
  names: NameHit[];
  excerpts: ExcerptHit[];
}

interface NameDoc {
  id: number;
  entityId: string;
  text: string;
  language: string;
  field: NameHit['field'];
}

interface ExcerptDoc {
  id: number;
  ownerId: string;
  excerptNumber: number;
  text: string;
  language: string;
}

const FIELD_BOOST: Record<NameHit['field'], number> = { name: 3, alias: 2, office: 1 };
const MAX_RESULTS = 12;

// Words, with a Turkish suffix after an apostrophe dropped: "Rusya'nın" is searched
// and indexed as "Rusya", so the inflected form finds the name.
const tokenizeStems = (text: string) =>
  text
    .split(/(?:(?!['’])[\s\p{P}\p{S}])+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.split(/['’]/)[0] ?? word);

// A name-sized word may carry two typos (a swapped pair: "Lavorv"); a short one one;
// very short words none, where a typo would match anything.
const fuzzy = (term: string) => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false);

const searchOptions = { prefix: true, fuzzy, combineWith: 'AND' } as const;

function miniSearch<T>(): MiniSearch<T> {
  return new MiniSearch<T>({
    fields: ['text'],
    storeFields: [],
    tokenize: tokenizeStems,
    processTerm: (term) => foldText(term),
    searchOptions: { ...searchOptions, tokenize: tokenizeStems },
  });
}

/**
 * Builds a search over a dataset: entity names, aliases and offices in every language,
 * and the words of every excerpt. Matching is case-, diacritic- and Turkish-aware
 * ("disisleri" finds "Dışişleri"), matches prefixes while typing and tolerates a typo.
 * @example searchDataset(index)('RUSYA').names[0]?.entityId // 'russia'
 */
export function searchDataset(index: DatasetIndex): (query: string) => SearchResults {
  const nameDocs: NameDoc[] = [];
  const add = (entityId: string, text: string, lang: string, field: NameHit['field']) =>
    nameDocs.push({ id: nameDocs.length, entityId, text, language: lang, field });
  for (const entity of index.dataset.entities) {
    for (const [lang, name] of Object.entries(entity.name)) add(entity.id, name, lang, 'name');
    for (const [lang, aliases] of Object.entries(entity.aliases ?? {})) {
      for (const alias of aliases) add(entity.id, alias, lang, 'alias');
    }
  }
  for (const relation of index.dataset.relations) {
    for (const [lang, role] of Object.entries(relation.role ?? {}))
      add(relation.source, role, lang, 'office');
  }
  const names = miniSearch<NameDoc>();
  names.addAll(nameDocs);

  const excerptDocs: ExcerptDoc[] = [];
  for (const owner of [...index.dataset.entities, ...index.dataset.relations]) {
    owner.evidence.forEach((evidence, i) => {
      const articleLanguage = index.articleById.get(evidence.article)?.language ?? 'und';
      excerptDocs.push({
        id: excerptDocs.length,
        ownerId: owner.id,
        excerptNumber: i + 1,
        text: evidence.quote,
        language: articleLanguage,
      });
    });
  }
  const excerpts = miniSearch<ExcerptDoc>();
  excerpts.addAll(excerptDocs);

  return (query) => {
    if (query.trim() === '') return { names: [], excerpts: [] };
    const best = new Map<string, NameHit>();
    for (const result of names.search(query)) {
      const doc = nameDocs[result.id as number]!;
      const score = result.score * FIELD_BOOST[doc.field];
      const current = best.get(doc.entityId);
      if (current === undefined || score > current.score) {
        best.set(doc.entityId, {
          entityId: doc.entityId,
          matched: doc.text,
          language: doc.language,
          field: doc.field,
          score,
        });
      }
    }
    const seen = new Set<string>();
    const excerptHits: ExcerptHit[] = [];
    for (const result of excerpts.search(query)) {
      const doc = excerptDocs[result.id as number]!;
      const key = `${doc.ownerId}\u0000${doc.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      excerptHits.push({
        ownerId: doc.ownerId,
        quote: doc.text,
        excerptNumber: doc.excerptNumber,
        language: doc.language,
        score: result.score,
      });
      if (excerptHits.length === MAX_RESULTS) break;
    }
    return {
      names: [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS),
      excerpts: excerptHits,
    };
  };
}
