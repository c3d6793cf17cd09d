/**
 * GDELT's column names, in file order. 2.0 Events files have 61 columns; GDELT 1.0
 * daily files have the same columns without the three ADM2 codes (58), and before
 * April 2013 without SOURCEURL either (57). Mentions files have 16.
 */
const ACTOR = (n: 1 | 2) =>
  [
    'Code',
    'Name',
    'CountryCode',
    'KnownGroupCode',
    'EthnicCode',
    'Religion1Code',
    'Religion2Code',
    'Type1Code',
    'Type2Code',
    'Type3Code',
  ].map((column) => `Actor${n}${column}`);

const GEO = (prefix: string, adm2: boolean) => [
  `${prefix}_Type`,
  `${prefix}_FullName`,
  `${prefix}_CountryCode`,
  `${prefix}_ADM1Code`,
  ...(adm2 ? [`${prefix}_ADM2Code`] : []),
  `${prefix}_Lat`,
  `${prefix}_Long`,
  `${prefix}_FeatureID`,
];

const eventColumns = (adm2: boolean, sourceUrl: boolean) => [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR(1),
  ...ACTOR(2),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO('Actor1Geo', adm2),
  ...GEO('Actor2Geo', adm2),
  ...GEO('ActionGeo', adm2),
  'DATEADDED',
  ...(sourceUrl ? ['SOURCEURL'] : []),
];

export const GDELT2_EVENT_COLUMNS = eventColumns(true, true);
export const GDELT1_EVENT_COLUMNS = eventColumns(false, true);
export const GDELT1_EARLY_EVENT_COLUMNS = eventColumns(false, false);

export const GDELT_MENTION_COLUMNS = [
  'GLOBALEVENTID',
  'EventTimeDate',
  'MentionTimeDate',
  'MentionType',
  'MentionSourceName',
  'MentionIdentifier',
  'SentenceID',
  'Actor1CharOffset',
  'Actor2CharOffset',
  'ActionCharOffset',
  'InRawText',
  'Confidence',
  'MentionDocLen',
  'MentionDocTone',
  'MentionDocTranslationInfo',
  'Extras',
];

/** The columns an events file must name for the import to read it. */
export const REQUIRED_EVENT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor2Name',
  'Actor2CountryCode',
  'EventCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
];

export const REQUIRED_MENTION_COLUMNS = [
  'GLOBALEVENTID',
  'MentionType',
  'MentionSourceName',
  'MentionIdentifier',
];
