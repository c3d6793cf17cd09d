import type { QuadClass } from '../../relations/quadClass.ts';
import { QUAD_CLASSES } from '../../relations/quadClass.ts';
import type { CodedActor, CodedEvent } from '../codedEvent.ts';
import { headerRowFormat, type NamedCell } from '../headerRows.ts';
import { dayCell, intCell, locationCell, textCell } from '../parseCells.ts';

/** The columns an ACLED export must have; the others (notes, location, fatalities…) are read when present. */
export const ACLED_REQUIRED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'event_type',
  'actor1',
  'actor2',
  'source',
] as const;

/**
 * ACLED's event types that map to a QuadClass plainly, as data/README.md documents:
 * fighting and attacks are material conflict; protests and riots are CAMEO's root 14
 * (Protest, where 145 is "protest violently, riot"), verbal conflict. Strategic
 * developments cover agreements and arrests alike, so they get none.
 */
export const ACLED_QUAD_CLASSES: Readonly<Record<string, QuadClass>> = {
  Battles: 'material-conflict',
  'Explosions/Remote violence': 'material-conflict',
  'Violence against civilians': 'material-conflict',
  Protests: 'verbal-conflict',
  Riots: 'verbal-conflict',
};

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * ACLED's event_date: YYYY-MM-DD (the API) or "19 June 2024" (the export tool);
 * null when it is neither, or no calendar day.
 * @example acledDay('19 June 2024') // '2024-06-19'
 */
export function acledDay(cell: string | undefined): string | null {
  const text = cell?.trim() ?? '';
  const written = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(text);
  if (written === null) return dayCell(text);
  const month = MONTHS.indexOf(written[2]!.toLowerCase());
  if (month < 0) return null;
  return dayCell(
    `${written[3]}-${String(month + 1).padStart(2, '0')}-${written[1]!.padStart(2, '0')}`,
  );
}

/**
 * An ACLED actor: a name ("Military Forces of Russia (2000-)") without a country code
 * — the event's country is where it happened, not whose the actor is —, so a group
 * (kind bloc), with ACLED's actor type (inter1, inter2) kept as an attribute.
 */
function acledActorOf(cell: NamedCell, n: 1 | 2): CodedActor {
  const name = textCell(cell(`actor${n}`));
  if (name === null) return { country: null, name };
  const inter = textCell(cell(`inter${n}`));
  return {
    country: null,
    name,
    named: { attributes: inter === null ? {} : { 'ACLED actor type': inter } },
  };
}

/**
 * The coded event an ACLED row records, or why it cannot be read. ACLED names its
 * actors (no country codes), gives its own event type and sub-type, a location with
 * coordinates, fatalities, the names of its sources and its own summary (notes) — no
 * article URL or text: the citation is to ACLED's event, its sources as publisher,
 * its notes as a description labelled as ACLED's.
 */
export function acledEventOf(cell: NamedCell, file: string, row: number): CodedEvent | string {
  const id = textCell(cell('event_id_cnty'));
  if (id === null) return 'no event_id_cnty';
  const date = acledDay(cell('event_date'));
  if (date === null) return 'event_date is not a day (YYYY-MM-DD or "19 June 2024")';
  const eventType = textCell(cell('event_type'));
  if (eventType === null) return 'no event_type';
  const event: CodedEvent = {
    format: 'acled',
    file,
    row,
    id,
    date,
    actor1: acledActorOf(cell, 1),
    actor2: acledActorOf(cell, 2),
    cameo: null,
    eventType,
    sources: [],
  };
  const subEventType = textCell(cell('sub_event_type'));
  if (subEventType !== null) event.subEventType = subEventType;
  const quad = ACLED_QUAD_CLASSES[eventType];
  if (quad !== undefined) event.quadClass = QUAD_CLASSES.indexOf(quad) + 1;
  const fatalities = intCell(cell('fatalities'));
  if (fatalities !== null && fatalities >= 0) event.fatalities = fatalities;
  const location = locationCell(
    cell('latitude'),
    cell('longitude'),
    ['location', 'admin1', 'country'].map((column) => cell(column)),
  );
  if (location !== undefined) event.location = location;
  const notes = textCell(cell('notes'));
  event.sources.push({
    url: null,
    identifier: `ACLED event ${id}`,
    publisher: textCell(cell('source')),
    // The event's date is not the reports' date: ACLED does not give that.
    published: null,
    language: 'und',
    ...(notes === null ? {} : { description: notes }),
    from: { file, row, id },
  });
  return event;
}

/** ACLED's CSV exports (comma-separated, quoted, with a header row). */
export const acledFormat = headerRowFormat({
  format: 'acled',
  name: 'ACLED',
  annotatedBy: 'ACLED (imported by data:import)',
  parsing: { delimiter: ',', quoteChar: '"' },
  required: ACLED_REQUIRED_COLUMNS,
  eventOf: acledEventOf,
});
