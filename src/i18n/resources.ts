import enCitations from './locales/en/citations.json';
import trCitations from './locales/tr/citations.json';
import enCommon from './locales/en/common.json';
import trCommon from './locales/tr/common.json';
import enApp from './locales/en/app.json';
import trApp from './locales/tr/app.json';
import enArticle from './locales/en/article.json';
import trArticle from './locales/tr/article.json';
import enCompare from './locales/en/compare.json';
import trCompare from './locales/tr/compare.json';
import enDatasets from './locales/en/datasets.json';
import trDatasets from './locales/tr/datasets.json';
import enDetails from './locales/en/details.json';
import trDetails from './locales/tr/details.json';
import enEntityList from './locales/en/entityList.json';
import trEntityList from './locales/tr/entityList.json';
import enExport from './locales/en/export.json';
import trExport from './locales/tr/export.json';
import enFilters from './locales/en/filters.json';
import trFilters from './locales/tr/filters.json';
import enFocus from './locales/en/focus.json';
import trFocus from './locales/tr/focus.json';
import enGraph from './locales/en/graph.json';
import trGraph from './locales/tr/graph.json';
import enLegend from './locales/en/legend.json';
import enLongList from './locales/en/longList.json';
import trLongList from './locales/tr/longList.json';
import trLegend from './locales/tr/legend.json';
import enNotices from './locales/en/notices.json';
import trNotices from './locales/tr/notices.json';
import enOverview from './locales/en/overview.json';
import trOverview from './locales/tr/overview.json';
import enPanels from './locales/en/panels.json';
import trPanels from './locales/tr/panels.json';
import enPaths from './locales/en/paths.json';
import trPaths from './locales/tr/paths.json';
import enPins from './locales/en/pins.json';
import trPins from './locales/tr/pins.json';
import enReader from './locales/en/reader.json';
import trReader from './locales/tr/reader.json';
import enRollup from './locales/en/rollup.json';
import trRollup from './locales/tr/rollup.json';
import enSearch from './locales/en/search.json';
import trSearch from './locales/tr/search.json';
import enShare from './locales/en/share.json';
import trShare from './locales/tr/share.json';
import enTable from './locales/en/table.json';
import trTable from './locales/tr/table.json';
import enTerms from './locales/en/terms.json';
import trTerms from './locales/tr/terms.json';
import enTheme from './locales/en/theme.json';
import trTheme from './locales/tr/theme.json';
import enTimeline from './locales/en/timeline.json';
import trTimeline from './locales/tr/timeline.json';

// One file per area of the app under locales/<language>/, so that people adding a
// panel add its strings without touching anyone else's. common.json is spread at the
// top (`t('status.shown')`); every other area is nested under its file name
// (`t('paths.title')` reads paths.json's title). The areas that load on demand
// (Annotate, Import) bring their own strings: see onDemand.ts.

/** The English strings: the reference every other language must match key for key. */
export const en = {
  ...enCommon,
  app: enApp,
  article: enArticle,
  compare: enCompare,
  citations: enCitations,
  datasets: enDatasets,
  details: enDetails,
  entityList: enEntityList,
  export: enExport,
  filters: enFilters,
  focus: enFocus,
  graph: enGraph,
  legend: enLegend,
  longList: enLongList,
  notices: enNotices,
  overview: enOverview,
  panels: enPanels,
  paths: enPaths,
  pins: enPins,
  reader: enReader,
  rollup: enRollup,
  search: enSearch,
  share: enShare,
  table: enTable,
  terms: enTerms,
  theme: enTheme,
  timeline: enTimeline,
};

/** The Turkish strings. Typed as the English ones so a missing key fails to compile. */
export const tr: typeof en = {
  ...trCommon,
  app: trApp,
  article: trArticle,
  compare: trCompare,
  citations: trCitations,
  datasets: trDatasets,
  details: trDetails,
  entityList: trEntityList,
  export: trExport,
  filters: trFilters,
  focus: trFocus,
  graph: trGraph,
  legend: trLegend,
  longList: trLongList,
  notices: trNotices,
  overview: trOverview,
  panels: trPanels,
  paths: trPaths,
  pins: trPins,
  reader: trReader,
  rollup: trRollup,
  search: trSearch,
  share: trShare,
  table: trTable,
  terms: trTerms,
  theme: trTheme,
  timeline: trTimeline,
};

export const resources = { en: { translation: en }, tr: { translation: tr } } as const;
