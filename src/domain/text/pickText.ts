import type { LocalizedText } from '../dataset/datasetSchema.ts';

/**
 * The text in the wanted language, falling back to English.
 * @example pickText({ en: 'Russia', tr: 'Rusya' }, 'tr') // 'Rusya'
 */
export function pickText(text: LocalizedText, language: string): string {
  return text[language] ?? text.en;
}
