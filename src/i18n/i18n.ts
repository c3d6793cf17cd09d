import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { NameLanguage } from '../domain/view/viewState.ts';
import { resources } from './resources.ts';

/**
 * Starts the translation layer in the given language. The strings are bundled, so
 * it is ready synchronously and the first frame is already in the right language.
 */
export function startI18n(language: NameLanguage): void {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    // React escapes what it renders; escaping here too would show &amp; to analysts.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

/** Switches the UI language; the `lang` attribute follows so screen readers switch voices. */
export function setUiLanguage(language: NameLanguage): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Loads the strings of Annotate and the Import dialog, which load on demand too. */
export function loadOnDemandStrings(): Promise<void> {
  return import('./onDemand.ts').then((module) => module.addOnDemandStrings());
}
