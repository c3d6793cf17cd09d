import enCommon from './locales/en/common.json';
import trCommon from './locales/tr/common.json';
import enPaths from './locales/en/paths.json';
import trPaths from './locales/tr/paths.json';

// One file per area of the app under locales/<language>/, so that people adding a
// panel add its strings without touching anyone else's. common.json is spread at the
// top (`t('status.shown')`); every other area is nested under its file name
// (`t('paths.title')` reads paths.json's title).

/** The English strings: the reference every other language must match key for key. */
export const en = { ...enCommon, paths: enPaths };

/** The Turkish strings. Typed as the English ones so a missing key fails to compile. */
export const tr: typeof en = { ...trCommon, paths: trPaths };

export const resources = { en: { translation: en }, tr: { translation: tr } } as const;
