import type { Citation, Coded, ImportFormat } from '../dataset/datasetSchema.ts';

/** One side of a coded event, as the row gives it. */
export interface CodedActor {
  /** The country code the row gives (CAMEO's three letters, ISO alpha-3 for states), or null. */
  country: string | null;
  /** The actor's name as the row spells it ("RUSSIA", "RUSSIAN"), or null. */
  name: string | null;
  /**
   * Set when the row names someone or something other than the country itself (a
   * person, an office, a group). Unset, the actor is its country.
   */
  named?: NamedActor;
}

/** What a row says of a named actor, beyond its name and country. */
export interface NamedActor {
  /**
   * Set when the row places the actor in its country's institutions: the office as
   * the row codes it ("Government (CAMEO GOV)"). The actor is then an official with a
   * holds-office tie to its state; unset, a group.
   */
  office?: string;
  /** The row's own codes for the actor ("CAMEO actor code": "RUSGOV"), kept as attributes. */
  attributes: Record<string, string>;
}

/** Where a coded event was reported: an article the import cites, never quotes. */
export interface CitedSource {
  url: string | null;
  /** How to find the article without a URL (ICEWS's Story ID, a GDELT citation). */
  identifier: string | null;
  publisher: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD when the source gives the article's date; else null. */
  published: string | null;
  /** A canonical BCP 47 tag; "und" when the source does not say. */
  language: string;
  locator?: Citation['locator'];
  /** A source's own summary of the event (ACLED's notes), labelled as such. */
  description?: string;
  /** The row this source was read from (an events row, or a mentions row). */
  from: { file: string; row: number; id: string };
}

/** A coded event in a form common to GDELT, ACLED and ICEWS rows. */
export interface CodedEvent {
  format: ImportFormat;
  file: string;
  row: number;
  /** The row's own id (GLOBALEVENTID, event_id_cnty, Event ID with its date). */
  id: string;
  /** YYYY-MM-DD, or null when the row has no valid date. */
  date: string | null;
  actor1: CodedActor;
  actor2: CodedActor;
  /** A CAMEO event code, kept as a string with its leading zeros ("040"); null when the format has none (ACLED). */
  cameo: string | null;
  /** The source's own QuadClass, 1–4, when the row gives one. */
  quadClass?: number;
  goldstein?: number;
  counts?: { mentions?: number; sources?: number; articles?: number };
  fatalities?: number;
  eventType?: string;
  subEventType?: string;
  location?: Coded['location'];
  sources: CitedSource[];
}
