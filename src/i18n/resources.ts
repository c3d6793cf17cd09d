import type { NameLanguage } from '../domain/view/viewState.ts';
import type { en } from './stringsEn.ts';

/** The UI's strings in one language, shaped as the English ones. */
export type UiStrings = typeof en;

/**
 * Fetches the strings of one UI language. Each language is its own chunk, so a page
 * loads only the strings it shows: half of them, a tenth of the app's own code.
 */
export function loadUiStrings(language: NameLanguage): Promise<UiStrings> {
  return language === 'tr'
    ? import('./stringsTr.ts').then((module) => module.tr)
    : import('./stringsEn.ts').then((module) => module.en);
}
