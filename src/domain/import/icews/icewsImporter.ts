import type { CodedActor, CodedEvent } from '../codedEvent.ts';
import { countryCodeOfName } from '../countryNames.ts';
import { icewsSectorsHoldOffice, namesItsCountry } from '../namedActor.ts';
import { headerRowFormat, type NamedCell } from '../headerRows.ts';
import { dayCell, intCell, locationCell, numberCell, textCell } from '../parseCells.ts';

/** The columns an ICEWS coded-event file must have; the others (Publisher, places…) are read when present. */
export const ICEWS_REQUIRED_COLUMNS = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Country',
  'CAMEO Code',
  'Target Name',
  'Target Country',
  'Story ID',
] as const;

/**
 * An actor of an ICEWS row: its country named in full, made an ISO alpha-3 code; or
 * why not. A name other than the country's ("Sergey Lavrov", "Citizen (Russia)",
 * "United Nations") is a named actor: an official of its country when its sectors
 * place it in the state's institutions, a group otherwise; its sectors are kept.
 */
function actorOf(cell: NamedCell, side: 'Source' | 'Target'): CodedActor | string {
  const name = textCell(cell(`${side} Name`));
  const countryName = textCell(cell(`${side} Country`));
  const country = countryName === null ? null : countryCodeOfName(countryName);
  if (countryName !== null && country === null)
    return `${side.toLowerCase()} country is not one ISO 3166 names: "${countryName}"`;
  if (name === null) return { country, name };
  if (country !== null && namesItsCountry(name, country)) return { country, name };
  const sectors = textCell(cell(`${side} Sectors`));
  return {
    country,
    name,
    named: {
      ...(country !== null && sectors !== null && icewsSectorsHoldOffice(sectors)
        ? { office: `${sectors} (ICEWS sectors)` }
        : {}),
      attributes: sectors === null ? {} : { 'ICEWS sectors': sectors },
    },
  };
}

/**
 * The coded event an ICEWS row records, or why it cannot be read. Countries are
 * named in full ("Russian Federation") and become ISO codes through the ISO 3166
 * library; the CAMEO code stays text (leading zeros kept; a code that lost them in
 * a spreadsheet is refused, not guessed); Intensity is kept as the Goldstein-like
 * score; Event ID is unique only with the date, so both make the row's id; the
 * story is cited by its Story ID with its publisher and sentence number.
 */
export function icewsEventOf(cell: NamedCell, file: string, row: number): CodedEvent | string {
  const eventId = textCell(cell('Event ID'));
  if (eventId === null) return 'no Event ID';
  const date = dayCell(cell('Event Date'));
  if (date === null) return 'Event Date is not a day (YYYY-MM-DD)';
  const cameo = textCell(cell('CAMEO Code'));
  if (cameo === null) return 'no CAMEO Code';
  const actor1 = actorOf(cell, 'Source');
  if (typeof actor1 === 'string') return actor1;
  const actor2 = actorOf(cell, 'Target');
  if (typeof actor2 === 'string') return actor2;
  const storyId = textCell(cell('Story ID'));
  if (storyId === null) return 'no Story ID to cite';
  const id = `${eventId} ${date}`;
  const event: CodedEvent = {
    format: 'icews',
    file,
    row,
    id,
    date,
    actor1,
    actor2,
    cameo,
    sources: [],
  };
  const intensity = numberCell(cell('Intensity'));
  if (intensity !== null && intensity >= -10 && intensity <= 10) event.goldstein = intensity;
  const location = locationCell(
    cell('Latitude'),
    cell('Longitude'),
    ['City', 'Province', 'Country'].map((column) => cell(column)),
  );
  if (location !== undefined) event.location = location;
  const sentence = intCell(cell('Sentence Number'));
  event.sources.push({
    url: null,
    identifier: `ICEWS story ${storyId}`,
    publisher: textCell(cell('Publisher')),
    published: null,
    language: 'und',
    ...(sentence !== null && sentence >= 1 ? { locator: { sentence } } : {}),
    from: { file, row, id },
  });
  return event;
}

/** ICEWS coded events (tab-separated, unquoted, with a header row, as the Dataverse files are). */
export const icewsFormat = headerRowFormat({
  format: 'icews',
  name: 'ICEWS',
  annotatedBy: 'ICEWS (imported by data:import)',
  parsing: { delimiter: '\t', quoteChar: '\u0000' },
  required: ICEWS_REQUIRED_COLUMNS,
  eventOf: icewsEventOf,
});
