import enCommon from './locales/en/common.json';
import enPins from './locales/en/pins.json';
import enRollup from './locales/en/rollup.json';
import trCommon from './locales/tr/common.json';
import trPins from './locales/tr/pins.json';
import trRollup from './locales/tr/rollup.json';

// One file per area of the app under locales/<language>/, so that people adding a
// panel add its strings without touching anyone else's. common.json is spread at the
// top (`t('status.shown')`); every other area is nested under its file name
// (`t('paths.title')` reads paths.json's title).

/** The English strings: the reference every other language must match key for key. */
export const en = { ...enCommon, rollup: enRollup, pins: enPins };

/** The Turkish strings. Typed as the English ones so a missing key fails to compile. */
export const tr: typeof en = { ...trCommon, rollup: trRollup, pins: trPins };

export const resources = { en: { translation: en }, tr: { translation: tr } } as const;
