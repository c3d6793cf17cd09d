import enCommon from './locales/en/common.json';
import trCommon from './locales/tr/common.json';
import enNotices from './locales/en/notices.json';
import trNotices from './locales/tr/notices.json';
import enTerms from './locales/en/terms.json';
import trTerms from './locales/tr/terms.json';
import enDetails from './locales/en/details.json';
import trDetails from './locales/tr/details.json';
import enArticle from './locales/en/article.json';
import trArticle from './locales/tr/article.json';
import enReader from './locales/en/reader.json';
import trReader from './locales/tr/reader.json';
import enSearch from './locales/en/search.json';
import trSearch from './locales/tr/search.json';
import enGraph from './locales/en/graph.json';
import trGraph from './locales/tr/graph.json';
import enTable from './locales/en/table.json';
import trTable from './locales/tr/table.json';
import enTheme from './locales/en/theme.json';
import trTheme from './locales/tr/theme.json';

// One file per area of the app under locales/<language>/, so that people adding a
// panel add its strings without touching anyone else's. common.json is spread at the
// top (`t('status.shown')`); every other area is nested under its file name
// (`t('paths.title')` reads paths.json's title).

/** The English strings: the reference every other language must match key for key. */
export const en = {
  ...enCommon,
  notices: enNotices,
  terms: enTerms,
  details: enDetails,
  article: enArticle,
  reader: enReader,
  search: enSearch,
  graph: enGraph,
  table: enTable,
  theme: enTheme,
};

/** The Turkish strings. Typed as the English ones so a missing key fails to compile. */
export const tr: typeof en = {
  ...trCommon,
  notices: trNotices,
  terms: trTerms,
  details: trDetails,
  article: trArticle,
  reader: trReader,
  search: trSearch,
  graph: trGraph,
  table: trTable,
  theme: trTheme,
};

export const resources = { en: { translation: en }, tr: { translation: tr } } as const;
