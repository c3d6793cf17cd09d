import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyRelation } from '../../relations/classifyRelation.ts';
import { validateDataset } from '../../dataset/validateDataset.ts';
import { importTexts, type TextFile } from '../importTexts.ts';
import { acledDay, acledFormat } from './acledImporter.ts';

// Hand-written rows in ACLED's export columns, fictional throughout (see fixtures/README.md).
const TEXT = readFileSync(new URL('../fixtures/acled-synthetic.csv', import.meta.url), 'utf8');
const file = (text = TEXT): TextFile => ({ name: 'acled.csv', role: 'events', text });
const run = (text = TEXT) =>
  importTexts(acledFormat, [file(text)], {
    id: 'acled-test',
    title: 'ACLED test',
    synthetic: true,
  });

describe('ACLED exports', () => {
  const { dataset, report } = run();

  it('makes a dataset that passes the checks of data:check', () => {
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('makes named actors groups, never states: ACLED gives no actor country codes', () => {
    expect(dataset.entities.map((e) => [e.kind, e.name.en])).toEqual([
      ['bloc', 'Military Forces of Arden (2029-)'],
      ['bloc', 'Belmar Liberation Front'],
      ['bloc', 'Government of Arden (2029-)'],
      ['bloc', 'Government of Belmar (2030-)'],
      ['bloc', 'Civilians (Arden)'],
    ]);
  });

  it('aggregates clashes of one pair, type and day, fatalities summed, ACLED’s categories kept', () => {
    const clash = dataset.relations.find((r) => r.coded?.eventType === 'Battles')!;
    expect(clash.start).toEqual({ date: '2031-03-02' });
    expect(clash.cameo).toBeNull();
    expect(clash.coded).toMatchObject({
      counts: { events: 2 },
      fatalities: 4,
      eventType: 'Battles',
      subEventType: 'Armed clash',
      quadClass: 4,
      location: { name: 'Port Alder, North Veld, Arden', latitude: 12.5, longitude: 40.25 },
    });
    // With no CAMEO code, the source's QuadClass gives the stance.
    expect(classifyRelation(clash)).toMatchObject({
      stance: 'conflict',
      quadClass: 'material-conflict',
    });
  });

  it('maps only the documented event types to a QuadClass: not strategic developments', () => {
    const agreement = dataset.relations.find(
      (r) => r.coded?.eventType === 'Strategic developments',
    )!;
    expect(agreement.start).toEqual({ date: '2031-03-07' });
    expect(agreement.coded?.quadClass).toBeUndefined();
    expect(classifyRelation(agreement).quadClass).toBeNull();
  });

  it('cites ACLED’s event with its sources as publisher and its notes as ACLED’s description, no URL, no excerpt', () => {
    const clash = dataset.relations.find((r) => r.coded?.eventType === 'Battles')!;
    expect(clash.evidence).toEqual([]);
    expect(clash.citations).toHaveLength(2);
    const [first] = clash.citations!;
    expect(first!.description).toMatch(/^On 2 March 2031, military forces of Arden clashed/);
    const article = dataset.articles.find((a) => a.id === first!.article)!;
    expect(article).toMatchObject({
      url: null,
      identifier: 'ACLED event VEL1001',
      publisher: 'Arden Daily Wire; Veld Observer',
      published: null,
      paragraphs: [],
    });
  });

  it('keeps a formula-like cell as text', () => {
    const attack = dataset.relations.find(
      (r) => r.coded?.eventType === 'Violence against civilians',
    )!;
    const article = dataset.articles.find((a) => a.id === attack.citations![0]!.article)!;
    expect(article.publisher).toBe('=HYPERLINK("http://example.invalid","Veld Observer")');
  });

  it('reports what it left out, by row: no second actor, no date, a truncated line', () => {
    expect(report.rowsRead).toBe(7);
    expect(report.rowsImported).toBe(4);
    expect(report.problems.map((p) => [p.row, p.message.split(':')[0]])).toEqual([
      [3, 'second actor'],
      [6, 'event_date is not a day (YYYY-MM-DD or "19 June 2024")'],
      [7, 'wrong number of columns (a truncated or malformed line)'],
    ]);
  });

  it('reads both of ACLED’s date forms, and nothing else', () => {
    expect(acledDay('2031-03-02')).toBe('2031-03-02');
    expect(acledDay('5 March 2031')).toBe('2031-03-05');
    expect(acledDay('05-March-2031')).toBe('2031-03-05');
    expect(acledDay('31 February 2031')).toBeNull();
    expect(acledDay('March 5, 2031')).toBeNull();
  });
});

describe('bad ACLED input', () => {
  it('names the format of a file given as ACLED that is not', () => {
    const gdelt = readFileSync(
      new URL('../fixtures/gdelt-20240619.export.CSV', import.meta.url),
      'utf8',
    );
    expect(run(gdelt).report.problems[0]?.message).toBe(
      'not comma-separated: a tab-separated file (ICEWS? GDELT?), not ACLED',
    );
    const icews = readFileSync(new URL('../fixtures/icews-synthetic.tab', import.meta.url), 'utf8');
    expect(run(icews.replaceAll('\t', ',')).report.problems[0]?.message).toBe(
      'this is ICEWS coded events: use --format icews',
    );
    expect(run('event_id_cnty,event_date\nX,2031-01-01\n').report.problems[0]?.message).toBe(
      'header lacks ACLED columns: event_type, actor1, actor2, source',
    );
  });

  it('says an empty file is empty', () => {
    const { report, dataset } = run('');
    expect(report.problems[0]?.message).toBe('empty file: no rows');
    expect(dataset.relations).toEqual([]);
  });
});
