import enCommon from './locales/en/common.json';
import trCommon from './locales/tr/common.json';
import enExport from './locales/en/export.json';
import trExport from './locales/tr/export.json';
import enTable from './locales/en/table.json';
import trTable from './locales/tr/table.json';
import enTheme from './locales/en/theme.json';
import trTheme from './locales/tr/theme.json';

// One file per area of the app under locales/<language>/, so that people adding a
// panel add its strings without touching anyone else's. common.json is spread at the
// top (`t('status.shown')`); every other area is nested under its file name
// (`t('paths.title')` reads paths.json's title).

/** The English strings: the reference every other language must match key for key. */
export const en = { ...enCommon, table: enTable, theme: enTheme, export: enExport };

/** The Turkish strings. Typed as the English ones so a missing key fails to compile. */
export const tr: typeof en = { ...trCommon, table: trTable, theme: trTheme, export: trExport };

export const resources = { en: { translation: en }, tr: { translation: tr } } as const;
