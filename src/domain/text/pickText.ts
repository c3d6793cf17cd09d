import type { LocalizedText } from '../dataset/datasetSchema.ts';

/**
 * The text in the wanted language, falling back to English.
 * @example pickText({ en: 'Russia', tr: 'Rusya' }, 'tr') // 'Rusya'
 */
export function pickText(text: LocalizedText, language: string): string {
  return text[language] ?? text.en;
}

/**
 * The language of the text `pickText` picks, for the `lang` attribute of what shows
 * it: English when the wanted language is missing.
 * @example pickedLanguage({ en: 'A note' }, 'tr') // 'en'
 */
export function pickedLanguage(text: LocalizedText, language: string): string {
  return text[language] === undefined ? 'en' : language;
}
