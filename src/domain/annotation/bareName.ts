import { APOSTROPHES } from '../evidence/findMentions.ts';

/**
 * The name in a quote without the Turkish suffix written after an apostrophe, either
 * ' or ’ ("Rusya'nın" → "Rusya", "Kuzey Kore’ye" → "Kuzey Kore"). Only a capitalised
 * word sheds its suffix, and only a lower-case one: a proper noun takes the apostrophe
 * before a suffix, other words do not ("O'Brien" stays).
 * @example bareName('Kore’ye') // 'Kore'
 */
export function bareName(quote: string): string {
  const trimmed = quote.trim();
  const words = trimmed.split(/\s+/);
  const last = words.at(-1) ?? '';
  for (let at = last.length - 2; at > 0; at--) {
    if (!APOSTROPHES.has(last[at]!)) continue;
    const stem = last.slice(0, at);
    const suffix = last.slice(at + 1);
    if (/^\p{Lu}/u.test(stem) && /^\p{Ll}+$/u.test(suffix)) {
      return [...words.slice(0, -1), stem].join(' ');
    }
    break;
  }
  return trimmed;
}
