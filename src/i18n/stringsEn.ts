import enCitations from './locales/en/citations.json';
import enCommon from './locales/en/common.json';
import enApp from './locales/en/app.json';
import enArticle from './locales/en/article.json';
import enCompare from './locales/en/compare.json';
import enDatasets from './locales/en/datasets.json';
import enDetails from './locales/en/details.json';
import enEntityList from './locales/en/entityList.json';
import enExport from './locales/en/export.json';
import enFilters from './locales/en/filters.json';
import enFocus from './locales/en/focus.json';
import enGraph from './locales/en/graph.json';
import enLegend from './locales/en/legend.json';
import enLongList from './locales/en/longList.json';
import enNotices from './locales/en/notices.json';
import enOverview from './locales/en/overview.json';
import enPanels from './locales/en/panels.json';
import enPaths from './locales/en/paths.json';
import enPins from './locales/en/pins.json';
import enReader from './locales/en/reader.json';
import enRollup from './locales/en/rollup.json';
import enSearch from './locales/en/search.json';
import enShare from './locales/en/share.json';
import enTable from './locales/en/table.json';
import enTerms from './locales/en/terms.json';
import enTheme from './locales/en/theme.json';
import enTimeline from './locales/en/timeline.json';

// One file per area of the app under locales/<language>/, so that people adding a
// panel add its strings without touching anyone else's. common.json is spread at the
// top (`t('status.shown')`); every other area is nested under its file name
// (`t('paths.title')` reads paths.json's title). Each language is its own chunk,
// fetched on demand (resources.ts); the areas that load on demand (Annotate, Import)
// bring their own strings: see onDemand.ts.

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
