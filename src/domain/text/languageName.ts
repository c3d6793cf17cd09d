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
