import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../dataset/validateDataset.ts';
import { importTexts } from '../importTexts.ts';
import { icewsFormat } from './icewsImporter.ts';

// Hand-written rows in ICEWS's columns: real country names and CAMEO codes, invented
// events, people and outlets (see fixtures/README.md).
const TEXT = readFileSync(new URL('../fixtures/icews-synthetic.tab', import.meta.url), 'utf8');
const run = (text = TEXT) =>
  importTexts(icewsFormat, [{ name: 'icews.tab', role: 'events', text }], {
    id: 'icews-test',
    title: 'ICEWS test',
    synthetic: true,
  });

describe('ICEWS coded events', () => {
  const { dataset, report } = run();

  it('makes a dataset that passes the checks of data:check', () => {
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('makes states of countries named in full, by their ISO 3166 codes', () => {
    const states = dataset.entities.filter((e) => e.kind === 'state');
    expect(states.map((e) => e.country)).toEqual(['RUS', 'PRK', 'USA']);
    expect(states[0]!.name).toEqual({ en: 'Russian Federation', tr: 'Rusya' });
  });

  it('keeps named actors apart: an official of its state where its sectors say so, else a group', () => {
    const named = dataset.entities.filter((e) => e.kind !== 'state');
    expect(named.map((e) => [e.kind, e.name.en, e.attributes])).toEqual([
      [
        'official',
        'Foreign Ministry spokesperson Ilsa Varn',
        { country: 'RUS', 'ICEWS sectors': 'Government' },
      ],
      ['official', 'Envoy Tomas Brell', { country: 'USA', 'ICEWS sectors': 'Government' }],
      ['bloc', 'Varn Traders Guild', { country: 'PRK', 'ICEWS sectors': 'Business' }],
    ]);
    // The row that places the official in the state's institutions is the tie's source.
    const office = dataset.relations.find((r) => r.kind === 'holds-office');
    expect(office).toMatchObject({
      source: 'foreign-ministry-spokesperson-ilsa-varn',
      target: 'russian-federation',
      role: { en: 'Government (ICEWS sectors)' },
      evidence: [],
    });
    expect(office?.citations?.map((c) => c.source.id)).toEqual(['90002 2031-03-02']);
    // A group is tied to no state: the format has no such relation, and the row none.
    expect(dataset.relations.filter((r) => r.kind === 'holds-office')).toHaveLength(2);
  });

  it('aggregates one pair, code and day, name variants alike; an Event ID on another date is another event', () => {
    const events = dataset.relations.filter((r) => r.kind === 'pursues-policy-toward');
    expect(events.map((r) => [r.source, r.target, r.cameo, r.start?.date])).toEqual([
      ['russian-federation', 'north-korea', '036', '2031-03-02'],
      ['foreign-ministry-spokesperson-ilsa-varn', 'north-korea', '036', '2031-03-02'],
      ['north-korea', 'russian-federation', '010', '2031-03-03'],
      ['envoy-tomas-brell', 'russian-federation', '111', '2031-03-04'],
      ['varn-traders-guild', 'russian-federation', '061', '2031-03-06'],
    ]);
    // "Russian Federation" and "Russia" on 2 March are one relation of two events.
    expect(events[0]!.coded).toMatchObject({ counts: { events: 2 }, goldstein: 4 });
    expect(events[3]!.coded?.goldstein).toBe(-2);
  });

  it('cites each story by its id, with its publisher and sentence number, and quotes nothing', () => {
    const talks = dataset.relations.find((r) => r.kind === 'pursues-policy-toward')!;
    expect(talks.evidence).toEqual([]);
    const cited = talks.citations!.map((c) => {
      const article = dataset.articles.find((a) => a.id === c.article)!;
      return [article.identifier, article.publisher, c.locator?.sentence, c.source.id];
    });
    expect(cited).toEqual([
      ['ICEWS story 5550001', 'Fictional Wire Service', 2, '90001 2031-03-02'],
      ['ICEWS story 5550007', 'Fictional Daily', 3, '90006 2031-03-02'],
    ]);
  });

  it('leaves out a country ISO 3166 does not name, and a CAMEO code that lost its leading zero', () => {
    expect(report.rowsRead).toBe(8);
    expect(report.rowsImported).toBe(6);
    expect(report.problems.map((p) => [p.row, p.message])).toEqual([
      [5, 'source country is not one ISO 3166 names: "Atlantis"'],
      [6, 'not a CAMEO event code: "30"'],
    ]);
  });
});

describe('bad ICEWS input', () => {
  it('names the format of an ACLED file given as ICEWS', () => {
    const acled = readFileSync(new URL('../fixtures/acled-synthetic.csv', import.meta.url), 'utf8');
    expect(run(acled.replaceAll(',', '\t')).report.problems[0]?.message).toBe(
      'this is an ACLED export: use --format acled',
    );
  });

  it('reports a truncated last line by its row and keeps the rows before it', () => {
    const truncated = TEXT.trimEnd().split('\n').slice(0, 3).join('\n') + '\n90009\t2031-03-09\n';
    const { report, dataset } = run(truncated);
    expect(report.problems).toEqual([
      {
        file: 'icews.tab',
        row: 3,
        message: 'wrong number of columns (a truncated or malformed line): 2, expected 20',
      },
    ]);
    // Rows 1 and 2: the state's event, and an official's event and office.
    expect(dataset.relations.map((r) => r.kind)).toEqual([
      'holds-office',
      'pursues-policy-toward',
      'pursues-policy-toward',
    ]);
  });
});
