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

/** The language entity names are shown in: a link's `lang` wins, then the analyst's own choice, then English. */
export function useNameLanguage(): NameLanguage {
  return useViewStore((s) => s.view.lang) ?? remembered() ?? 'en';
}
