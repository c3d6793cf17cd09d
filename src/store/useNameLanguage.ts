import { NAME_LANGUAGES, type NameLanguage } from '../domain/view/viewState.ts';
import { useViewStore } from './useViewStore.ts';

const STORAGE_KEY = 'diplograph:name-language';

function remembered(): NameLanguage | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return (NAME_LANGUAGES as readonly (string | null)[]).includes(value)
      ? (value as NameLanguage)
      : null;
  } catch {
    return null;
  }
}

/** Remembers the analyst's choice of name language for their next visit. */
export function rememberNameLanguage(language: NameLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be off (private windows); the choice then lasts for this visit only.
  }
}

/** Turkish when the browser asks for it before English, else English. */
function browserLanguage(): NameLanguage {
  const asked = navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase());
  const tr = asked.indexOf('tr');
  const en = asked.indexOf('en');
  return tr !== -1 && (en === -1 || tr < en) ? 'tr' : 'en';
}

function languageOf(linked: NameLanguage | null): NameLanguage {
  return linked ?? remembered() ?? browserLanguage();
}

/**
 * The language of the UI and of entity names: a link's `lang` wins, then the
 * analyst's own choice, then the browser's languages, then English.
 */
export function useNameLanguage(): NameLanguage {
  return languageOf(useViewStore((s) => s.view.lang));
}

/** The same language outside React, for starting the translation layer. */
export function currentNameLanguage(): NameLanguage {
  return languageOf(useViewStore.getState().view.lang);
}
