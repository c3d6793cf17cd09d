import { isHttpUrl } from '../../articles/isHttpUrl.ts';
import type { CitedSource, CodedActor, CodedEvent } from '../codedEvent.ts';
import { CAMEO_OFFICE_TYPES, namesItsCountry } from '../namedActor.ts';
import { dayCell, intCell, locationCell, numberCell, textCell } from '../parseCells.ts';

/** Reads a cell by column name from a row laid out as the file's columns say. */
export type CellReader = (column: string) => string | undefined;

/**
 * An actor of a GDELT events row. Its CAMEO code is its country's code followed by
 * role codes ("RUSGOV"); its name is the country's or capital's for a geographic
 * match ("RUSSIA", "MOSCOW"), a leader's or an organisation's formal name otherwise.
 * So the row names someone other than its country only when both the code adds a
 * role to the country and the name is not the country's; an actor with no country
 * is named only when the row gives its known group ("UNO", "NATO") — a type alone
 * ("POLICE") names no one. Officials are the named actors of CAMEO's state types
 * (GOV, MIL, JUD, LEG, COP, SPY); the rest are groups.
 */
function gdeltActorOf(cell: CellReader, n: 1 | 2): CodedActor {
  const country = textCell(cell(`Actor${n}CountryCode`));
  const name = textCell(cell(`Actor${n}Name`));
  const code = textCell(cell(`Actor${n}Code`));
  const knownGroup = textCell(cell(`Actor${n}KnownGroupCode`));
  const type = textCell(cell(`Actor${n}Type1Code`));
  const actor = { country, name };
  if (name === null || code === null) return actor;
  if (country !== null && (code === country || namesItsCountry(name, country))) return actor;
  if (country === null && knownGroup === null) return actor;
  const office = country === null || type === null ? undefined : CAMEO_OFFICE_TYPES[type];
  return {
    ...actor,
    named: {
      ...(office === undefined ? {} : { office: `${office} (CAMEO ${type})` }),
      attributes: {
        'CAMEO actor code': code,
        ...(type === null ? {} : { 'CAMEO actor type': type }),
        ...(knownGroup === null ? {} : { 'CAMEO known group': knownGroup }),
      },
    },
  };
}

/**
 * The coded event an events row records, or the reason it cannot be read. The CAMEO
 * code stays a string ("040"); SOURCEURL becomes the first cited report.
 * @example gdeltEventOf(cell, 'x.export.CSV', 1) // { id: '1000001', cameo: '040', … }
 */
export function gdeltEventOf(cell: CellReader, file: string, row: number): CodedEvent | string {
  const id = textCell(cell('GLOBALEVENTID'));
  if (id === null || !/^\d+$/.test(id)) return 'GLOBALEVENTID is not a number';
  const date = dayCell(cell('SQLDATE'));
  if (date === null) return 'SQLDATE is not a day (YYYYMMDD)';
  const cameo = textCell(cell('EventCode'));
  if (cameo === null) return 'no EventCode';
  const event: CodedEvent = {
    format: 'gdelt',
    file,
    row,
    id,
    date,
    actor1: gdeltActorOf(cell, 1),
    actor2: gdeltActorOf(cell, 2),
    cameo,
    sources: [],
  };
  const quadClass = intCell(cell('QuadClass'));
  if (quadClass !== null && quadClass >= 1 && quadClass <= 4) event.quadClass = quadClass;
  const goldstein = numberCell(cell('GoldsteinScale'));
  if (goldstein !== null && goldstein >= -10 && goldstein <= 10) event.goldstein = goldstein;
  const mentions = intCell(cell('NumMentions'));
  const sources = intCell(cell('NumSources'));
  const articles = intCell(cell('NumArticles'));
  event.counts = {
    ...(mentions === null || mentions < 0 ? {} : { mentions }),
    ...(sources === null || sources < 0 ? {} : { sources }),
    ...(articles === null || articles < 0 ? {} : { articles }),
  };
  const location = locationCell(cell('ActionGeo_Lat'), cell('ActionGeo_Long'), [
    cell('ActionGeo_FullName'),
  ]);
  if (location !== undefined) event.location = location;
  const sourceUrl = textCell(cell('SOURCEURL'));
  if (sourceUrl !== null) {
    const isUrl = isHttpUrl(sourceUrl);
    event.sources.push({
      url: isUrl ? sourceUrl : null,
      identifier: isUrl ? null : sourceUrl,
      publisher: null,
      published: null,
      language: 'und',
      from: { file, row, id },
    });
  }
  return event;
}

/** GDELT's MentionType 1: a web page, whose identifier is its URL. */
const WEB = 1;

/**
 * The event a mentions row cites and the citation it gives, or the reason it cannot
 * be read. A URL only for MentionType 1; offsets of -1 (not located) are kept.
 * @example gdeltMentionOf(cell, 'x.mentions.CSV', 1) // { eventId: '1000001', cited: { url: 'https://…', locator: { sentence: 3, … } } }
 */
export function gdeltMentionOf(
  cell: CellReader,
  file: string,
  row: number,
): { eventId: string; cited: CitedSource } | string {
  const eventId = textCell(cell('GLOBALEVENTID'));
  if (eventId === null || !/^\d+$/.test(eventId)) return 'GLOBALEVENTID is not a number';
  const type = intCell(cell('MentionType'));
  const identifier = textCell(cell('MentionIdentifier'));
  if (identifier === null) return 'no MentionIdentifier';
  const isUrl = type === WEB && isHttpUrl(identifier);
  const sourceName = textCell(cell('MentionSourceName'));
  const locator: NonNullable<CitedSource['locator']> = {};
  const sentence = intCell(cell('SentenceID'));
  if (sentence !== null && sentence >= 1) locator.sentence = sentence;
  const offset = (column: string) => {
    const value = intCell(cell(column));
    return value !== null && value >= -1 ? value : undefined;
  };
  const actor1Offset = offset('Actor1CharOffset');
  const actor2Offset = offset('Actor2CharOffset');
  const actionOffset = offset('ActionCharOffset');
  if (actor1Offset !== undefined) locator.actor1Offset = actor1Offset;
  if (actor2Offset !== undefined) locator.actor2Offset = actor2Offset;
  if (actionOffset !== undefined) locator.actionOffset = actionOffset;
  const confidence = intCell(cell('Confidence'));
  if (confidence !== null && confidence >= 0 && confidence <= 100) locator.confidence = confidence;
  const length = intCell(cell('MentionDocLen'));
  if (length !== null && length >= 0) locator.documentLength = length;
  return {
    eventId,
    cited: {
      url: isUrl ? identifier : null,
      // A citation that is not a web page is found by its source and identifier.
      identifier: isUrl ? null : sourceName === null ? identifier : `${sourceName}: ${identifier}`,
      publisher: sourceName,
      published: null,
      language: languageOf(textCell(cell('MentionDocTranslationInfo'))),
      locator,
      from: { file, row, id: eventId },
    },
  };
}

/**
 * The language of a mentioned document from GDELT's translation info ("srclc:fra;eng:…");
 * English when it is empty (GDELT's English stream), "und" when unreadable.
 */
function languageOf(info: string | null): string {
  if (info === null) return 'en';
  const code = /srclc:([a-z]{2,3})/i.exec(info)?.[1];
  if (code === undefined) return 'und';
  try {
    return Intl.getCanonicalLocales(code)[0] ?? 'und';
  } catch {
    return 'und';
  }
}
