import type { NameLanguage } from '../view/viewState.ts';

/**
 * A language's name in the UI language, from its BCP 47 tag; the tag itself when the
 * runtime does not know it.
 * @example languageName('tr', 'en') // 'Turkish'
 */
export function languageName(tag: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Each UI language's name in itself, for the language switch. Written out, not asked
 * of Intl.DisplayNames: the page's first DisplayNames loads its locale data (~50 ms
 * of the seed's first render here) for two names that never change. A test holds
 * them to Intl's.
 */
export const ENDONYMS: Readonly<Record<NameLanguage, string>> = { en: 'English', tr: 'Türkçe' };
