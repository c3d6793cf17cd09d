import type { Article, Entity } from '../dataset/datasetSchema.ts';
import { foldText } from '../search/foldText.ts';

/** A place where an article names an entity. */
export interface Mention {
  entityId: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Start and end (exclusive) in the paragraph, in UTF-16 code units; the suffix is included. */
  start: number;
  end: number;
  /** The name or alias that matched. */
  name: string;
  /**
   * Inside a longer mention of another entity ("ABD" in "ABD ve müttefiklerinin"):
   * it counts as a mention, but a reader draws only the outer one.
   */
  isNested: boolean;
}

// Turkish attaches case and possessive suffixes after an apostrophe ("Rusya'nın",
// "Kore’ye") and derivational ones without ("Koreli", "müttefiklerinin"). A name
// followed by up to this many letters still counts as a mention of it — but only a
// name long enough not to be the start of unrelated words ("US" in "üst").
const MAX_BARE_SUFFIX = 5;
const MIN_NAME_FOR_BARE_SUFFIX = 4;
/** The apostrophes a Turkish suffix follows. */
export const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/** An all-capitals name of up to four letters: an acronym such as "US", "ABD" or "DPRK". */
function isAcronym(name: string): boolean {
  return name.length <= 4 && name === name.toLocaleUpperCase('tr') && /\p{Lu}/u.test(name);
}

// foldText on one character (a locale-aware lower case, NFD and a regular expression)
// costs far more than a lookup, and a text has few distinct characters: each is
// folded once. At 3.5 million characters (20,000 synthetic entities' articles) this
// took a scan for one entity’s mentions from 3.0 s to 0.17 s (0.02 s once its
// articles are folded, below).
const foldedChars = new Map<string, string>();

/** One character folded to as many UTF-16 code units as it had, so offsets carry over. */
function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    const f = foldText(ch);
    folded =
      f.length === ch.length ? f : ch.toLowerCase().slice(0, ch.length).padEnd(ch.length, '\u0000');
    foldedChars.set(ch, folded);
  }
  return folded;
}

/**
 * The characters foldText may change: ASCII capitals and everything past ASCII. The
 * rest of ASCII folds to itself (a test checks each), and most of an article is
 * ASCII, so only these are looked up.
 */
const FOLDS_TO_OTHER = /[^\0-@[-\x7f]/gu;

/**
 * The folded text, one folded unit per original UTF-16 code unit, so offsets carry
 * over. A replacement of the characters that change, not a walk over every one:
 * 3.5 million characters (20,000 synthetic entities' articles) took 470–620 ms as
 * `Array.from(text, foldChar).join('')` in Node, 53–61 ms this way. (Never `+=` per
 * character: V8 keeps a rope of one node per character, ~50 MB of heap at 20,000.)
 */
export function foldByChar(text: string): string {
  return text.replace(FOLDS_TO_OTHER, foldChar);
}

// An article's folded paragraphs, by its paragraphs array: the details panel and the
// reader search the same articles for one entity after another, and a dataset's
// articles do not change (an edited one in Annotate is a new array).
const foldedArticles = new WeakMap<readonly string[], readonly string[]>();
// Articles folded ahead in part (foldArticleAhead), by paragraphs array.
const partlyFolded = new WeakMap<readonly string[], string[]>();

function foldedParagraphs(paragraphs: readonly string[]): readonly string[] {
  let folded = foldedArticles.get(paragraphs);
  if (folded === undefined) {
    const done = partlyFolded.get(paragraphs) ?? [];
    for (let i = done.length; i < paragraphs.length; i += 1) done.push(foldByChar(paragraphs[i]!));
    partlyFolded.delete(paragraphs);
    foldedArticles.set(paragraphs, done);
    folded = done;
  }
  return folded;
}

/**
 * Folds an article's paragraphs ahead of the first search, a paragraph at a time
 * while `hasTime()` says so; true once the whole article is folded. The app does it
 * in idle time, so the first selection in a large dataset does not fold every
 * article (3.5 million characters at 20,000 entities) while the analyst waits, and
 * one long article (20 MB) is folded over many idle periods, not in one task.
 */
export function foldArticleAhead(paragraphs: readonly string[], hasTime: () => boolean): boolean {
  if (foldedArticles.has(paragraphs)) return true;
  let done = partlyFolded.get(paragraphs);
  if (done === undefined) {
    done = [];
    partlyFolded.set(paragraphs, done);
  }
  while (done.length < paragraphs.length) {
    if (!hasTime()) return false;
    done.push(foldByChar(paragraphs[done.length]!));
  }
  partlyFolded.delete(paragraphs);
  foldedArticles.set(paragraphs, done);
  return true;
}

/** The end of a mention: past a suffix after an apostrophe, or past a short bare suffix. */
function mentionEnd(text: string, end: number, nameLength: number): number | null {
  if (!isLetter(text[end])) {
    if (APOSTROPHES.has(text[end] ?? '') && isLetter(text[end + 1])) {
      let at = end + 1;
      while (isLetter(text[at])) at++;
      return at;
    }
    return end;
  }
  if (nameLength < MIN_NAME_FOR_BARE_SUFFIX) return null;
  let at = end;
  while (isLetter(text[at])) at++;
  return at - end <= MAX_BARE_SUFFIX ? at : null;
}

/**
 * Finds every mention of the entities in an article, by their names and aliases in
 * every language: case-, accent- and Turkish-aware, with suffixes after either
 * apostrophe and short suffixes without one. Where names overlap, the longest is drawn
 * and the shorter ones inside it are kept as nested mentions ("Kuzey Kore" inside
 * "Kuzey Kore'nin nükleer programı").
 * @example findMentions(article, entities).filter((m) => m.entityId === 'north-korea').length
 */
export function findMentions(
  article: Pick<Article, 'paragraphs'>,
  entities: readonly Entity[],
): Mention[] {
  return findNamedMentions(article, mentionNames(entities));
}

/** The names findNamedMentions looks for, folded once: longest first. */
export interface MentionName {
  entityId: string;
  name: string;
  folded: string;
  isAcronym: boolean;
}

/**
 * Every name and alias of the entities, folded, longest first: fold a dataset's
 * names once, then search many articles with findNamedMentions.
 */
export function mentionNames(entities: readonly Entity[]): MentionName[] {
  const names = entities.flatMap((entity) =>
    [...Object.values(entity.name), ...Object.values(entity.aliases ?? {}).flat()]
      .filter((name, i, all) => all.indexOf(name) === i)
      .map((name) => ({
        entityId: entity.id,
        name,
        folded: foldText(name),
        isAcronym: isAcronym(name),
      }))
      .filter((n) => n.folded.length >= 2),
  );
  return names.sort((a, b) => b.folded.length - a.folded.length);
}

/** findMentions with names folded beforehand (see mentionNames). */
export function findNamedMentions(
  article: Pick<Article, 'paragraphs'>,
  names: readonly MentionName[],
): Mention[] {
  const mentions: Mention[] = [];
  const foldedTexts = foldedParagraphs(article.paragraphs);
  article.paragraphs.forEach((text, index) => {
    const folded = foldedTexts[index]!;
    // Made at the first match: most paragraphs name none of one entity's names.
    let taken: Uint8Array | undefined;
    let found: Set<string> | undefined;
    for (const { entityId, name, folded: needle, isAcronym: exactCase } of names) {
      for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
        if (isLetter(text[at - 1])) continue;
        // "US" is a name, "us" a pronoun: short acronyms match only as written.
        if (exactCase && text.slice(at, at + name.length) !== name) continue;
        const end = mentionEnd(text, at + needle.length, needle.length);
        taken ??= new Uint8Array(text.length);
        found ??= new Set<string>();
        if (end === null || found.has(`${entityId}:${at}`)) continue;
        const isNested = taken.subarray(at, end).some((t) => t === 1);
        if (!isNested) taken.fill(1, at, end);
        found.add(`${entityId}:${at}`);
        mentions.push({ entityId, paragraph: index + 1, start: at, end, name, isNested });
      }
    }
  });
  return mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
