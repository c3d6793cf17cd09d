import enCommon from './locales/en/common.json';
import trCommon from './locales/tr/common.json';
import enTable from './locales/en/table.json';
import trTable from './locales/tr/table.json';
import enTheme from './locales/en/theme.json';
import trTheme from './locales/tr/theme.json';
import enTimeline from './locales/en/timeline.json';
import trTimeline from './locales/tr/timeline.json';

// One file per area of the app under locales/<language>/, so that people adding a
// panel add its strings without touching anyone else's. common.json is spread at the
// top (`t('status.shown')`); every other area is nested under its file name
// (`t('paths.title')` reads paths.json's title).

/** The English strings: the reference every other language must match key for key. */
export const en = { ...enCommon, table: enTable, theme: enTheme, timeline: enTimeline };

/** The Turkish strings. Typed as the English ones so a missing key fails to compile. */
export const tr: typeof en = { ...trCommon, table: trTable, theme: trTheme, timeline: trTimeline };

export const resources = { en: { translation: en }, tr: { translation: tr } } as const;
