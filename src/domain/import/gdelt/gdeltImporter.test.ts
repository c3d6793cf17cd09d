import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../dataset/validateDataset.ts';
import { importTexts, type TextFile } from '../importTexts.ts';
import {
  GDELT1_EVENT_COLUMNS,
  GDELT2_EVENT_COLUMNS,
  GDELT_MENTION_COLUMNS,
} from './gdeltColumns.ts';
import { gdeltFormat } from './gdeltImporter.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const EVENTS = fixture('gdelt-20240619.export.CSV');
const MENTIONS = fixture('gdelt-20240619.mentions.CSV');
const options = { id: 'gdelt-test', title: 'GDELT test' };

const run = (files: TextFile[], extra: Partial<typeof options> & { actors?: string[] } = {}) =>
  importTexts(gdeltFormat, files, { ...options, ...extra });
const eventsFile = (text = EVENTS): TextFile => ({ name: 'day.export.CSV', role: 'events', text });
const mentionsFile = (text = MENTIONS): TextFile => ({
  name: 'day.mentions.CSV',
  role: 'mentions',
  text,
});

describe('GDELT events', () => {
  it('makes a dataset that passes the checks of data:check', () => {
    const { dataset } = run([eventsFile(), mentionsFile()]);
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('names states from ISO 3166 in English and Turkish, keyed on the CAMEO country code', () => {
    const { dataset } = run([eventsFile()]);
    const korea = dataset.entities.find(
      (entity) => entity.kind === 'state' && entity.country === 'PRK',
    );
    expect(korea?.name).toEqual({ en: 'North Korea', tr: 'Kuzey Kore' });
    const states = dataset.entities.filter((entity) => entity.kind === 'state');
    expect(states.map((entity) => entity.country)).toEqual(['RUS', 'PRK', 'USA', 'KOR']);
  });

  it('aggregates name variants of one pair, code and day into one relation, counts kept', () => {
    const { dataset } = run([eventsFile()]);
    const consult = dataset.relations.filter((r) => r.cameo === '040');
    // RUSSIA and RUSSIAN → North Korea on 19 June are one relation; the reverse direction is another.
    expect(consult).toHaveLength(2);
    const [ruToKp] = consult;
    expect(ruToKp?.source).toBe('russian-federation');
    expect(ruToKp?.target).toBe('north-korea');
    expect(ruToKp?.kind).toBe('pursues-policy-toward');
    expect(ruToKp?.start).toEqual({ date: '2024-06-19' });
    expect(ruToKp?.coded?.counts).toEqual({ events: 2, mentions: 14, sources: 3, articles: 14 });
    expect(ruToKp?.coded?.location).toEqual({
      name: "Pyongyang, P'yongyang-si, North Korea",
      latitude: 39.0194,
      longitude: 125.755,
    });
    expect(ruToKp?.citations?.map((c) => c.source.id)).toEqual(['1000001', '1000002']);
  });

  it('keeps CAMEO codes as strings with their leading zeros, and the source QuadClass and Goldstein', () => {
    const { dataset, report } = run([eventsFile()]);
    const investigate = dataset.relations.find((r) => r.cameo === '090');
    expect(investigate?.coded).toMatchObject({ quadClass: 2, goldstein: -2 });
    expect(report.notes.join('\n')).toMatch(/QuadClass other than the one the app derives/);
    expect(report.notes.join('\n')).toMatch(/negative Goldstein/);
  });

  it('leaves out and reports single-actor events and CAMEO region codes, with their rows', () => {
    const { report } = run([eventsFile()]);
    expect(report.rowsRead).toBe(9);
    expect(report.rowsImported).toBe(7);
    const reasons = Object.fromEntries(report.leftOut.map((e) => [e.reason, e.examples]));
    expect(reasons['second actor: no actor']).toEqual(['day.export.CSV:6']);
    expect(
      reasons[
        'first actor: country code is not an ISO 3166 country (a CAMEO region or group code)'
      ],
    ).toEqual(['day.export.CSV:7']);
  });

  it('keeps a formula-like name under its state, a country code alone naming the country', () => {
    const { dataset } = run([eventsFile()]);
    expect(JSON.stringify(dataset)).not.toContain('=cmd');
    const threat = dataset.relations.find((r) => r.cameo === '036');
    expect([threat?.source, threat?.target]).toEqual(['united-states-of-america', 'north-korea']);
  });

  it('keeps a named actor of a state institution apart: an official holding office in its state', () => {
    const { dataset } = run([eventsFile()]);
    // Row 9: PRKMIL, "MINISTER ODRAN VELK" (a fictional name), under North Korea.
    const minister = dataset.entities.find((e) => e.name.en === 'MINISTER ODRAN VELK');
    expect(minister).toMatchObject({
      kind: 'official',
      attributes: { country: 'PRK', 'CAMEO actor code': 'PRKMIL', 'CAMEO actor type': 'MIL' },
    });
    const office = dataset.relations.find((r) => r.kind === 'holds-office');
    expect(office).toMatchObject({
      source: minister?.id,
      target: 'north-korea',
      role: { en: 'Military (CAMEO MIL)' },
    });
    expect(office?.citations?.map((c) => c.source.id)).toEqual(['1000009']);
    const accusation = dataset.relations.find((r) => r.cameo === '138');
    expect([accusation?.source, accusation?.target]).toEqual([minister?.id, 'south-korea']);
    // Never an alias of the state; and RUSGOV named "RUSSIA" stays the state.
    const korea = dataset.entities.find((e) => e.id === 'north-korea');
    expect(JSON.stringify(korea)).not.toContain('ODRAN');
    expect(dataset.entities.filter((e) => e.kind === 'official')).toHaveLength(1);
  });

  it('makes a known group with no country a group, and leaves out a type with no one named', () => {
    const column = (name: string) => GDELT2_EVENT_COLUMNS.indexOf(name);
    const row5 = EVENTS.split('\n')[4]!.split('\t');
    const withActor1 = (cells: Record<string, string>) => {
      const row = [...row5];
      for (const [name, value] of Object.entries(cells)) row[column(name)] = value;
      return row.join('\t');
    };
    const text = [
      withActor1({
        Actor1Code: 'IGOUNO',
        Actor1Name: 'UNITED NATIONS',
        Actor1CountryCode: '',
        Actor1KnownGroupCode: 'UNO',
        Actor1Type1Code: 'IGO',
      }),
      withActor1({ Actor1Code: 'COP', Actor1Name: 'POLICE', Actor1CountryCode: '' }),
      withActor1({ Actor1Code: 'RUSBUS', Actor1Name: 'VELKOR TRADING', Actor1Type1Code: 'BUS' }),
    ].join('\n');
    const { dataset, report } = run([eventsFile(text)]);
    expect(
      dataset.entities.filter((e) => e.kind !== 'state').map((e) => [e.kind, e.name.en]),
    ).toEqual([
      ['bloc', 'UNITED NATIONS'],
      ['bloc', 'VELKOR TRADING'],
    ]);
    expect(dataset.relations.some((r) => r.kind === 'holds-office')).toBe(false);
    expect(report.leftOut.map((e) => [e.reason, e.examples])).toEqual([
      ['first actor: no country code', ['day.export.CSV:2']],
    ]);
    expect(report.notes.join('\n')).toMatch(
      /named actors kept apart from their countries: 2 as groups/,
    );
  });

  it('cites the first report (SOURCEURL) as an article with no text and an unknown date', () => {
    const { dataset } = run([eventsFile()]);
    const article = dataset.articles.find(
      (a) => a.url === 'https://example.net/briefing/accusation',
    );
    expect(article).toMatchObject({
      paragraphs: [],
      published: null,
      title: null,
      language: 'und',
    });
  });

  it('keeps only events between --actors', () => {
    const { dataset, report } = run([eventsFile()], { actors: ['RUS', 'PRK'] });
    expect(new Set(dataset.relations.map((r) => `${r.source}>${r.target}`))).toEqual(
      new Set(['russian-federation>north-korea', 'north-korea>russian-federation']),
    );
    expect(report.leftOut.some((e) => e.reason === 'second actor not among --actors')).toBe(true);
  });

  it('reads the same columns with a header row, as a BigQuery export gives them', () => {
    const plain = run([eventsFile()]).dataset;
    const withHeader = run([eventsFile(`${GDELT2_EVENT_COLUMNS.join('\t')}\n${EVENTS}`)]);
    expect(withHeader.dataset.relations).toEqual(plain.relations);
    expect(withHeader.report.rowsRead).toBe(9);
  });

  it("reads GDELT 1.0's 58-column daily files", () => {
    const adm2 = GDELT2_EVENT_COLUMNS.flatMap((name, i) => (name.endsWith('ADM2Code') ? [i] : []));
    const v1 = EVENTS.trimEnd()
      .split('\n')
      .map((line) =>
        line
          .split('\t')
          .filter((_, i) => !adm2.includes(i))
          .join('\t'),
      )
      .join('\n');
    expect(v1.split('\n')[0]?.split('\t')).toHaveLength(GDELT1_EVENT_COLUMNS.length);
    const { dataset } = run([eventsFile(v1)]);
    expect(dataset.relations.map((r) => r.id)).toEqual(
      run([eventsFile()]).dataset.relations.map((r) => r.id),
    );
  });
});

describe('GDELT mentions', () => {
  it('cites each mention with its locator, a URL only for web mentions', () => {
    const { dataset } = run([eventsFile(), mentionsFile()]);
    const ruToKp = dataset.relations.find(
      (r) => r.id === 'russian-federation-north-korea-040-2024-06-19',
    );
    const cited = ruToKp?.citations?.map((c) => {
      const article = dataset.articles.find((a) => a.id === c.article);
      return { url: article?.url, identifier: article?.identifier, locator: c.locator };
    });
    expect(cited).toEqual([
      {
        url: 'https://example.com/world/visit-19-june',
        identifier: null,
        locator: undefined,
      },
      {
        url: 'https://example.org/news/2024/06/19/talks',
        identifier: null,
        locator: {
          sentence: 3,
          actor1Offset: 120,
          actor2Offset: -1,
          actionOffset: 140,
          confidence: 80,
          documentLength: 2400,
        },
      },
      {
        url: 'https://example.net/asia/consultations',
        identifier: null,
        locator: {
          sentence: 1,
          actor1Offset: 15,
          actor2Offset: 40,
          actionOffset: 28,
          confidence: 60,
          documentLength: 1800,
        },
      },
      {
        url: null,
        identifier: 'Fictional Wire Service: FWS-2024-06-19-0042',
        locator: {
          sentence: 2,
          actor1Offset: -1,
          actor2Offset: -1,
          actionOffset: 33,
          confidence: 50,
          documentLength: 900,
        },
      },
    ]);
  });

  it('reads the language of a translated mention', () => {
    const { dataset } = run([eventsFile(), mentionsFile()]);
    expect(dataset.articles.find((a) => a.url === 'https://example.kr/news/457')?.language).toBe(
      'ko',
    );
  });

  it('reports mentions of events not in the events file instead of inventing them', () => {
    const { dataset, report } = run([eventsFile(), mentionsFile()]);
    expect(JSON.stringify(dataset)).not.toContain('earlier-batch');
    expect(report.problems).toContainEqual({
      file: 'day.mentions.CSV',
      row: 5,
      message:
        'mention of an event not in the events files (or left out there): GLOBALEVENTID 999999',
    });
  });

  it('reads mentions files with a header row', () => {
    const withHeader = `${GDELT_MENTION_COLUMNS.join('\t')}\n${MENTIONS}`;
    expect(run([eventsFile(), mentionsFile(withHeader)]).dataset).toEqual(
      run([eventsFile(), mentionsFile()]).dataset,
    );
  });
});

describe('bad GDELT input', () => {
  it('refuses a mentions file given as events, and an events file given as mentions', () => {
    const asEvents = run([{ name: 'm.CSV', role: 'events', text: MENTIONS }]).report;
    expect(asEvents.problems[0]?.message).toBe(
      'this is a GDELT mentions file: pass it with --mentions',
    );
    const asMentions = run([
      eventsFile(),
      { name: 'e.CSV', role: 'mentions', text: EVENTS },
    ]).report;
    expect(asMentions.problems.at(-1)?.message).toBe(
      'this is a GDELT events file, not a mentions file',
    );
  });

  it('refuses a header of another format', () => {
    const acled = 'event_id_cnty,event_date,year,actor1,actor2\nXYZ1,2024-06-19,2024,A,B\n';
    const { report, dataset } = run([eventsFile(acled)]);
    expect(report.problems[0]?.message).toMatch(/comma-separated/);
    expect(dataset.relations).toEqual([]);
  });

  it('reports a truncated last line by its row and keeps the rows before it', () => {
    const truncated = EVENTS.trimEnd().slice(0, -200);
    const { report } = run([eventsFile(truncated)]);
    const problem = report.problems.find((p) => p.row === 9);
    expect(problem?.message).toMatch(/^wrong number of columns .*expected 61$/);
    expect(report.rowsImported).toBe(6);
  });

  it('says an empty file is empty', () => {
    expect(run([eventsFile('')]).report.problems).toEqual([
      { file: 'day.export.CSV', row: null, message: 'empty file: no rows' },
    ]);
  });
});
