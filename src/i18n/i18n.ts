import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatNumber } from '../domain/text/intlFormats.ts';
import type { NameLanguage } from '../domain/view/viewState.ts';
import { loadUiStrings, type UiStrings } from './resources.ts';

/**
 * Starts the translation layer in the given language, with that language's strings
 * (loadUiStrings). It is ready synchronously, so the first frame rendered after it
 * is already in the right language.
 */
export function startI18n(language: NameLanguage, strings: UiStrings): void {
  void i18next.use(initReactI18next).init({
    resources: { [language]: { translation: strings } },
    lng: language,
    // Every language has every key (resources.test.ts): no other language is loaded
    // to fall back on.
    fallbackLng: false,
    initAsync: false,
    // React escapes what it renders; escaping here too would show &amp; to analysts.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // i18next caches its number formatter by every option of the t() call, names and
  // counts included, so nearly every label made a NumberFormat (~0.5 ms each; 23 ms
  // of a filter on the 20,000-entity overview for 46 group labels) and kept it.
  i18next.services.formatter?.add('number', (value: number, lng: string | undefined, options) => {
    // The format's own options ("number(minimumFractionDigits: 1)") arrive as text.
    const { minimumFractionDigits: min, maximumFractionDigits: max } = options as Record<
      string,
      unknown
    >;
    return formatNumber(lng ?? 'en', value, {
      ...(min !== undefined && { minimumFractionDigits: Number(min) }),
      ...(max !== undefined && { maximumFractionDigits: Number(max) }),
    });
  });
  document.documentElement.lang = language;
}

/** The language asked for last: a switch whose strings arrive after a later one's is dropped. */
let wanted: NameLanguage | undefined;

/**
 * Switches the UI language, fetching its strings the first time; the `lang`
 * attribute follows, so screen readers switch voices with the text.
 */
export async function setUiLanguage(language: NameLanguage): Promise<void> {
  wanted = language;
  if (!i18next.hasResourceBundle(language, 'translation')) {
    const strings = await loadUiStrings(language);
    i18next.addResourceBundle(language, 'translation', strings, true, true);
  }
  if (wanted !== language) return;
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Loads the strings of Annotate and the Import dialog, which load on demand too. */
export function loadOnDemandStrings(): Promise<void> {
  return import('./onDemand.ts').then((module) => module.addOnDemandStrings());
}
