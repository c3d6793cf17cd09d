import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatNumber } from '../domain/text/intlFormats.ts';
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

/** Switches the UI language; the `lang` attribute follows so screen readers switch voices. */
export function setUiLanguage(language: NameLanguage): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Loads the strings of Annotate and the Import dialog, which load on demand too. */
export function loadOnDemandStrings(): Promise<void> {
  return import('./onDemand.ts').then((module) => module.addOnDemandStrings());
}
