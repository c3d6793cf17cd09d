import i18next from 'i18next';
import enAnnotate from './locales/en/annotate.json';
import trAnnotate from './locales/tr/annotate.json';
import enImport from './locales/en/import.json';
import trImport from './locales/tr/import.json';

// The strings of the areas that load on demand, in their own chunk: Annotate's and
// the Import dialog's are a fifth of all the app's strings, and no first graph needs them.

/** The English strings of Annotate and Import, nested as resources.ts nests areas. */
export const onDemandEn = { annotate: enAnnotate, import: enImport };

/** The Turkish ones, typed as the English so a missing key fails to compile. */
export const onDemandTr: typeof onDemandEn = { annotate: trAnnotate, import: trImport };

/** Adds the on-demand strings to i18next (merged into its one namespace). */
export function addOnDemandStrings(): void {
  i18next.addResourceBundle('en', 'translation', onDemandEn, true, true);
  i18next.addResourceBundle('tr', 'translation', onDemandTr, true, true);
}
