import trCitations from './locales/tr/citations.json';
import trCommon from './locales/tr/common.json';
import trApp from './locales/tr/app.json';
import trArticle from './locales/tr/article.json';
import trCompare from './locales/tr/compare.json';
import trDatasets from './locales/tr/datasets.json';
import trDetails from './locales/tr/details.json';
import trEntityList from './locales/tr/entityList.json';
import trExport from './locales/tr/export.json';
import trFilters from './locales/tr/filters.json';
import trFocus from './locales/tr/focus.json';
import trGraph from './locales/tr/graph.json';
import trLongList from './locales/tr/longList.json';
import trLegend from './locales/tr/legend.json';
import trNotices from './locales/tr/notices.json';
import trOverview from './locales/tr/overview.json';
import trPanels from './locales/tr/panels.json';
import trPaths from './locales/tr/paths.json';
import trPins from './locales/tr/pins.json';
import trReader from './locales/tr/reader.json';
import trRollup from './locales/tr/rollup.json';
import trSearch from './locales/tr/search.json';
import trShare from './locales/tr/share.json';
import trTable from './locales/tr/table.json';
import trTerms from './locales/tr/terms.json';
import trTheme from './locales/tr/theme.json';
import trTimeline from './locales/tr/timeline.json';
import type { en } from './stringsEn.ts';

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
